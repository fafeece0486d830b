package batch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/paiban/paiban/convert"
)

func touch(t *testing.T, root string, names ...string) {
	t.Helper()
	for _, n := range names {
		p := filepath.Join(root, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func rels(ins []Input) []string {
	var out []string
	for _, in := range ins {
		out = append(out, in.Rel)
	}
	return out
}

func txtOnly(name string) bool { return strings.HasSuffix(name, ".txt") }

func TestExpand(t *testing.T) {
	root := t.TempDir()
	touch(t, root, "in/a/b/p.txt", "in/a/q.txt", "in/c.txt", "in/skip.pdf", "in/.hidden.txt",
		"in/.git/x.txt", "in/out/old.txt", "in/.paiban-tmp-x.txt-1")
	in := filepath.Join(root, "in")
	tests := []struct {
		name     string
		args     []string
		opt      ExpandOptions
		want     []string
		wantErrs int
	}{
		{"directory mirrors its tree", []string{in}, ExpandOptions{Recursive: true, Accept: txtOnly, Skip: []string{filepath.Join(in, "out")}},
			[]string{"a/b/p.txt", "a/q.txt", "c.txt"}, 0},
		{"directory needs recursive", []string{in}, ExpandOptions{Accept: txtOnly}, nil, 1},
		{"files relative to their common directory", []string{filepath.Join(in, "a/b/p.txt"), filepath.Join(in, "c.txt")}, ExpandOptions{},
			[]string{"a/b/p.txt", "c.txt"}, 0},
		{"one file is its base name", []string{filepath.Join(in, "a/b/p.txt")}, ExpandOptions{}, []string{"p.txt"}, 0},
		{"glob", []string{filepath.Join(in, "a", "*.txt")}, ExpandOptions{}, []string{"q.txt"}, 0},
		{"glob matching nothing", []string{filepath.Join(in, "*.zzz")}, ExpandOptions{}, nil, 1},
		{"missing file", []string{filepath.Join(in, "nope.txt")}, ExpandOptions{}, nil, 1},
		{"duplicates once", []string{filepath.Join(in, "c.txt"), filepath.Join(in, "c.txt")}, ExpandOptions{}, []string{"c.txt"}, 0},
		{"stdin", []string{"-"}, ExpandOptions{}, []string{"stdin"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := Expand(tt.args, tt.opt)
			if !reflect.DeepEqual(rels(got), tt.want) {
				t.Errorf("rels = %v, want %v", rels(got), tt.want)
			}
			if len(errs) != tt.wantErrs {
				t.Errorf("errors = %v, want %d", errs, tt.wantErrs)
			}
		})
	}
}

var (
	fPDF = convert.Format{Name: "pdf", Extensions: []string{".pdf"}}
	fTxt = convert.Format{Name: "txt", Extensions: []string{".txt"}}
)

func TestPlanNames(t *testing.T) {
	dir := t.TempDir()
	ins := []Input{
		{Path: filepath.Join(dir, "in/a/b/p.txt"), Rel: "a/b/p.txt"},
		{Path: filepath.Join(dir, "in/a/b/p.json"), Rel: "a/b/p.json"},
	}
	tests := []struct {
		name string
		o    PlanOptions
		want [][]string
	}{
		{"mirrored under out-dir; second p.pdf gets the full name", PlanOptions{Formats: []convert.Format{fPDF}, OutDir: filepath.Join(dir, "out")},
			[][]string{{"out/a/b/p.pdf"}, {"out/a/b/p.json.pdf"}}},
		{"bulletin beside its input never overwrites it", PlanOptions{Formats: []convert.Format{fTxt}},
			[][]string{{"in/a/b/p.txt.txt"}, {"in/a/b/p.json.txt"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			jobs := Plan(ins, tt.o)
			var got [][]string
			for _, j := range jobs {
				var outs []string
				for _, o := range j.Outputs {
					rel, _ := filepath.Rel(dir, o.Path)
					outs = append(outs, filepath.ToSlash(rel))
				}
				got = append(got, outs)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("outputs = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPlanSharedExtension(t *testing.T) {
	dir := t.TempDir()
	news := convert.Format{Name: "newstext", Extensions: []string{".txt"}}
	jobs := Plan([]Input{{Path: filepath.Join(dir, "in", "p.txt"), Rel: "p.txt"}},
		PlanOptions{Formats: []convert.Format{news, fTxt, fPDF}, OutDir: filepath.Join(dir, "out")})
	var got []string
	for _, o := range jobs[0].Outputs {
		got = append(got, filepath.Base(o.Path))
	}
	if want := []string{"p.newstext.txt", "p.txt", "p.pdf"}; !reflect.DeepEqual(got, want) {
		t.Errorf("outputs %v, want %v", got, want)
	}
}

func TestPlanFailsWhenBothNamesTaken(t *testing.T) {
	dir := t.TempDir()
	ins := []Input{
		{Path: filepath.Join(dir, "p.txt"), Rel: "p.txt"},
		{Path: filepath.Join(dir, "p.txt.txt"), Rel: "p.txt.txt"},
		{Path: filepath.Join(dir, "p.txt.txt.txt"), Rel: "p.txt.txt.txt"},
	}
	jobs := Plan(ins, PlanOptions{Formats: []convert.Format{fTxt}})
	if jobs[0].Err == nil {
		t.Errorf("p.txt → %v: both p.txt and p.txt.txt are inputs, want an error", jobs[0].Outputs)
	}
}

func TestPlanNeverEscapes(t *testing.T) {
	jobs := Plan([]Input{{Path: "x", Rel: "../../etc/passwd"}, {Path: "y", Rel: "/abs.txt"}},
		PlanOptions{Formats: []convert.Format{fPDF}, OutDir: t.TempDir()})
	for _, j := range jobs {
		if j.Err == nil {
			t.Errorf("%s: planned %v, want a refusal", j.Input.Rel, j.Outputs)
		}
	}
}

func TestShard(t *testing.T) {
	var jobs []Job
	for i := range 300 {
		jobs = append(jobs, Job{Index: i, Input: Input{Rel: filepath.ToSlash(filepath.Join("d", string(rune('a'+i%26)), strings.Repeat("x", i%7), "f"+string(rune('0'+i%10))+".txt")) + "#" + string(rune(i))}})
	}
	seen := map[int]int{}
	for i := range 4 {
		part := Shard(jobs, i, 4)
		if len(part) < 30 {
			t.Errorf("share %d has %d of 300 jobs: badly balanced", i, len(part))
		}
		for _, j := range part {
			seen[j.Index]++
		}
		again := Shard(jobs, i, 4)
		if !reflect.DeepEqual(part, again) {
			t.Error("sharding is not deterministic")
		}
	}
	if len(seen) != len(jobs) {
		t.Errorf("shares cover %d of %d jobs", len(seen), len(jobs))
	}
	for idx, n := range seen {
		if n != 1 {
			t.Errorf("job %d in %d shares", idx, n)
		}
	}
}

func TestParseShard(t *testing.T) {
	for _, s := range []string{"0/1", "3/4"} {
		if _, _, err := ParseShard(s); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
	for _, s := range []string{"4/4", "-1/4", "1/0", "a/b", "1/4x", ""} {
		if _, _, err := ParseShard(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
}

func TestRunReportsInOrderAndSurvivesFailures(t *testing.T) {
	var jobs []Job
	for i := range 50 {
		jobs = append(jobs, Job{Index: i})
	}
	var ran atomic.Int32
	bad := errors.New("bad")
	var order []int
	sum := Run(context.Background(), jobs, func(_ context.Context, j Job) Result {
		ran.Add(1)
		if j.Index%10 == 3 {
			return Result{Err: bad}
		}
		return Result{}
	}, RunOptions{Workers: 4, Report: func(r Result) { order = append(order, r.Job.Index) }})
	if sum.Converted != 45 || sum.Failed != 5 || sum.NotRun != 0 || ran.Load() != 50 {
		t.Errorf("summary %+v, ran %d", sum, ran.Load())
	}
	if !sort.IntsAreSorted(order) || len(order) != 50 {
		t.Errorf("reported out of order: %v", order)
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	var jobs []Job
	for i := range 100 {
		jobs = append(jobs, Job{Index: i})
	}
	ctx, cancel := context.WithCancel(context.Background())
	// The first job to run cancels: had it been job 5, the worker holding
	// it could be descheduled while the other ran every other job (a flake
	// in one run of a thousand).
	var once sync.Once
	sum := Run(ctx, jobs, func(_ context.Context, j Job) Result {
		once.Do(cancel)
		return Result{}
	}, RunOptions{Workers: 2})
	if sum.NotRun == 0 || sum.Converted+sum.NotRun != 100 {
		t.Errorf("summary %+v: want the rest not run", sum)
	}
}
