package batch

import (
	"fmt"
	"hash/fnv"
	"path"
	"path/filepath"
	"strings"

	"github.com/paiban/paiban/convert"
)

// Output is one file a job writes.
type Output struct {
	Format convert.Format
	Path   string // "-" for standard output
}

// Job is one input and the outputs it becomes.
type Job struct {
	Index   int // position in the plan, for ordered reporting
	Input   Input
	Outputs []Output
	// Err is set when no safe output name could be found; the job is not
	// run and reports it as its failure.
	Err error
}

// PlanOptions says where outputs go.
type PlanOptions struct {
	// Formats are the output formats, in order.
	Formats []convert.Format
	// OutDir, if set, receives the outputs, mirroring each input's Rel.
	OutDir string
	// OutFile, if set, is the one output path ("-" for standard output);
	// the caller ensures there is one input and one format.
	OutFile string
}

// Plan names the outputs of every input. Outputs go to OutDir/Rel with
// the format's extension, or beside the input without OutDir; standard
// input goes to standard output. A name that would overwrite an input,
// or another output of this run, becomes name+ext instead (p.txt's
// bulletin is p.txt.txt); if that is taken too the job fails. Two formats
// with one extension are told apart by name: p.txt and p.newstext.txt. Names never
// leave OutDir.
func Plan(inputs []Input, o PlanOptions) []Job {
	taken := map[string]string{} // absolute path → what claims it
	for _, in := range inputs {
		if in.Path != Stdin {
			taken[abs(in.Path)] = "input " + in.Path
		}
	}
	jobs := make([]Job, 0, len(inputs))
	for i, in := range inputs {
		job := Job{Index: i, Input: in}
		for _, f := range o.Formats {
			p, err := outputPath(in, f, sharesExt(f, o.Formats), o, taken)
			if err != nil {
				job.Err = err
				job.Outputs = nil
				break
			}
			job.Outputs = append(job.Outputs, Output{Format: f, Path: p})
		}
		for _, out := range job.Outputs {
			if out.Path != Stdin {
				taken[abs(out.Path)] = "output of " + in.Path
			}
		}
		jobs = append(jobs, job)
	}
	return jobs
}

// sharesExt reports whether f must name its outputs stem.NAME.ext because
// another requested format has the same extension and owns it by name
// (newstext beside txt, both .txt: p.newstext.txt and p.txt).
func sharesExt(f convert.Format, all []convert.Format) bool {
	ext := strings.ToLower(f.Ext())
	if strings.TrimPrefix(ext, ".") == strings.ToLower(f.Name) {
		return false
	}
	for _, g := range all {
		if g.Name != f.Name && strings.ToLower(g.Ext()) == ext {
			return true
		}
	}
	return false
}

func outputPath(in Input, f convert.Format, qualify bool, o PlanOptions, taken map[string]string) (string, error) {
	if o.OutFile != "" {
		if o.OutFile != Stdin {
			if who, ok := taken[abs(o.OutFile)]; ok {
				return "", fmt.Errorf("refusing to overwrite %s (%s)", o.OutFile, who)
			}
		}
		return o.OutFile, nil
	}
	if in.Path == Stdin && o.OutDir == "" {
		return Stdin, nil
	}
	rel := path.Clean(in.Rel)
	if !filepath.IsLocal(filepath.FromSlash(rel)) || rel == "." {
		return "", fmt.Errorf("input path %q would leave the output directory", in.Rel)
	}
	var dir string
	if o.OutDir != "" {
		dir = filepath.Join(o.OutDir, filepath.FromSlash(path.Dir(rel)))
	} else {
		dir = filepath.Dir(in.Path)
	}
	base := path.Base(rel)
	stem := strings.TrimSuffix(base, path.Ext(base))
	if stem == "" {
		stem = base
	}
	ext := f.Ext()
	if qualify {
		ext = "." + f.Name + ext
	}
	for _, name := range []string{stem + ext, base + ext} {
		p := filepath.Join(dir, name)
		if _, ok := taken[abs(p)]; !ok {
			return p, nil
		}
	}
	p := filepath.Join(dir, stem+ext)
	return "", fmt.Errorf("no safe name for the %s output: %s is %s", f.Name, p, taken[abs(p)])
}

func abs(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// Shard keeps the jobs whose input falls in share i of n (0 ≤ i < n), by a
// hash of the input's relative path: the same inputs land in the same
// share on every machine and every run, whatever the order of arguments.
func Shard(jobs []Job, i, n int) []Job {
	if n <= 1 {
		return jobs
	}
	var out []Job
	for _, j := range jobs {
		if ShardOf(j.Input.Rel, n) == i {
			out = append(out, j)
		}
	}
	return out
}

// ShardOf returns the share (0 ≤ share < n) of a relative path.
func ShardOf(rel string, n int) int {
	h := fnv.New64a()
	h.Write([]byte(rel))
	return int(h.Sum64() % uint64(n))
}

// ParseShard parses "i/n" with 0 ≤ i < n.
func ParseShard(s string) (i, n int, err error) {
	if _, err := fmt.Sscanf(s, "%d/%d", &i, &n); err != nil || n < 1 || i < 0 || i >= n || fmt.Sprintf("%d/%d", i, n) != s {
		return 0, 0, fmt.Errorf("shard %q: want i/n with 0 ≤ i < n, such as 0/4", s)
	}
	return i, n, nil
}
