package batch

import (
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/convert"
)

// FuzzPlanStaysInOutDir: whatever relative path an input claims, its
// outputs land inside the output directory, or the job is refused.
func FuzzPlanStaysInOutDir(f *testing.F) {
	for _, s := range []string{"a/b/p.txt", "../x.txt", "/etc/passwd", "a/../../b", "..", ".", "", "a\\..\\..\\b.txt", "p.txt/..", "./.paiban-tmp-x"} {
		f.Add(s)
	}
	out := filepath.Join(f.TempDir(), "out")
	formats := []convert.Format{{Name: "pdf", Extensions: []string{".pdf"}}, {Name: "txt", Extensions: []string{".txt"}}}
	f.Fuzz(func(t *testing.T, rel string) {
		jobs := Plan([]Input{{Path: "in.txt", Rel: rel}}, PlanOptions{Formats: formats, OutDir: out})
		for _, o := range jobs[0].Outputs {
			r, err := filepath.Rel(out, o.Path)
			if err != nil || !filepath.IsLocal(r) || filepath.Dir(o.Path) == filepath.Dir(out) {
				t.Fatalf("rel %q → %s, outside %s", rel, o.Path, out)
			}
		}
	})
}
