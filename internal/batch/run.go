package batch

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/newstext"
)

// Result is what became of one job.
type Result struct {
	Job         Job
	Err         error // nil on success or skip
	Skipped     bool  // --skip-unchanged found the outputs up to date
	Diagnostics []doc.Diagnostic
	// Explanations are the reader's decisions, when Converter.Explain asked for them.
	Explanations []newstext.Decision
	Elapsed      time.Duration
}

// Summary counts the results of a run.
type Summary struct {
	Converted, Failed, Skipped int
	// NotRun counts jobs never started because the run was cancelled.
	NotRun int
}

// RunOptions configures Run.
type RunOptions struct {
	// Workers is the number of jobs run at once; 0 means the number of CPUs.
	Workers int
	// Progress, if set, is called as each job finishes, in completion order.
	Progress func(Result)
	// Report, if set, is called for each result in plan order (Job.Index),
	// so that messages come out the same however the work was scheduled.
	Report func(Result)
}

// Run runs do for every job on a pool of workers. One failure never stops
// the others; cancelling ctx stops handing out jobs, lets running ones
// finish their cleanup, and counts the rest as NotRun. Progress and
// Report are called from one goroutine at a time.
//
// Workers take the next job from a counter and record their results
// themselves, under a lock: no goroutine hands jobs out or gathers
// results, so a small job costs no wake-up of another goroutine (with a
// feeder and a collector, each one-page file of a batch was four hand-offs
// between threads, a tenth of its CPU in futex and nanosleep calls).
func Run(ctx context.Context, jobs []Job, do func(context.Context, Job) Result, o RunOptions) Summary {
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	workers = max(1, min(workers, len(jobs)))
	pos := make(map[int]int, len(jobs)) // Job.Index → position in jobs
	for i, j := range jobs {
		pos[j.Index] = i
	}
	var (
		taken   atomic.Int64
		mu      sync.Mutex
		s       Summary
		pending = map[int]Result{}
		next    = 0
		done    = 0
	)
	record := func(r Result) {
		mu.Lock()
		defer mu.Unlock()
		done++
		switch {
		case r.Err != nil && ctx.Err() != nil && IsCanceled(r.Err):
			s.NotRun++ // stopped by Ctrl-C, not a failure of the input
		case r.Skipped:
			s.Skipped++
		case r.Err != nil:
			s.Failed++
		default:
			s.Converted++
		}
		if o.Progress != nil {
			o.Progress(r)
		}
		pending[pos[r.Job.Index]] = r
		for {
			pr, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if o.Report != nil {
				o.Report(pr)
			}
		}
	}
	work := func() {
		for ctx.Err() == nil {
			i := int(taken.Add(1) - 1)
			if i >= len(jobs) {
				return
			}
			j := jobs[i]
			start := time.Now()
			var r Result
			if j.Err != nil {
				r = Result{Job: j, Err: j.Err}
			} else {
				r = do(ctx, j)
				r.Job = j
			}
			r.Elapsed = time.Since(start)
			record(r)
		}
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(work)
	}
	work() // the calling goroutine is one of the workers
	wg.Wait()

	// After cancellation some positions never ran: flush what did, in order.
	for i := next; i < len(jobs); i++ {
		if pr, ok := pending[i]; ok && o.Report != nil {
			o.Report(pr)
		}
	}
	s.NotRun += len(jobs) - done
	return s
}
