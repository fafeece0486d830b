package batch

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert"
)

var (
	fJSON = convert.Format{Name: "json", Extensions: []string{".json"}}
	fNews = convert.Format{Name: "newstext", Extensions: []string{".txt"}}
)

func readable(name string) bool {
	return strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".json")
}

// runOnce expands dir, plans into outDir and creates every output, as a
// run of "paiban convert -r --out-dir outDir dir" would; it returns the
// inputs converted, relative to dir.
func runOnce(t *testing.T, dir, outDir string, formats []convert.Format) []string {
	t.Helper()
	ins, errs := Expand([]string{dir}, ExpandOptions{Recursive: true, Accept: readable, Skip: []string{outDir}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, j := range Plan(ins, PlanOptions{Formats: formats, OutDir: outDir}) {
		if j.Err != nil {
			t.Fatalf("%s: %v", j.Input.Rel, j.Err)
		}
		got = append(got, j.Input.Rel)
		for _, o := range j.Outputs {
			if err := os.WriteFile(o.Path, []byte("out"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return got
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// TestPlanSkipsOwnOutputs checks that --out-dir equal to the input
// directory does not snowball: every rerun converts the same inputs and
// writes the same files as the first run.
func TestPlanSkipsOwnOutputs(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		formats []convert.Format
		inputs  []string // converted by every run
		files   []string // in the directory after each run
	}{
		{"text to json and txt", []string{"a.txt", "d/b.txt"}, []convert.Format{fJSON, fTxt},
			[]string{"a.txt", "d/b.txt"}, []string{"a.json", "a.txt", "a.txt.txt", "d/b.json", "d/b.txt", "d/b.txt.txt"}},
		{"trees to json and txt", []string{"b.json"}, []convert.Format{fJSON, fTxt},
			[]string{"b.json"}, []string{"b.json", "b.json.json", "b.txt"}},
		{"text and tree of one name", []string{"a.json", "a.txt"}, []convert.Format{fJSON, fTxt},
			[]string{"a.json", "a.txt"}, []string{"a.json", "a.json.json", "a.json.txt", "a.txt", "a.txt.json", "a.txt.txt"}},
		{"shared extension", []string{"a.txt"}, []convert.Format{fNews, fTxt, fPDF},
			[]string{"a.txt"}, []string{"a.newstext.txt", "a.pdf", "a.txt", "a.txt.txt"}},
		{"json only", []string{"a.txt", "c.json"}, []convert.Format{fJSON},
			[]string{"a.txt", "c.json"}, []string{"a.json", "a.txt", "c.json", "c.json.json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			touch(t, dir, tt.sources...)
			for run := 1; run <= 3; run++ {
				if got := runOnce(t, dir, dir, tt.formats); !reflect.DeepEqual(got, tt.inputs) {
					t.Errorf("run %d converted %v, want %v", run, got, tt.inputs)
				}
				if got := listDir(t, dir); !reflect.DeepEqual(got, tt.files) {
					t.Errorf("after run %d: %v, want %v", run, got, tt.files)
				}
			}
		})
	}
}

// TestPlanKeepsNamedInputs checks that only found files are ever taken
// for outputs, and only under the output directory.
func TestPlanKeepsNamedInputs(t *testing.T) {
	dir := t.TempDir()
	a := Input{Path: filepath.Join(dir, "a.txt"), Rel: "a.txt", Found: true}
	j := Input{Path: filepath.Join(dir, "a.json"), Rel: "a.json", Found: true}
	named := j
	named.Found = false
	tests := []struct {
		name   string
		ins    []Input
		outDir string
		want   []string
	}{
		{"found output dropped", []Input{j, a}, dir, []string{"a.txt"}},
		{"named one by one kept", []Input{named, a}, dir, []string{"a.json", "a.txt"}},
		{"other output directory", []Input{j, a}, filepath.Join(dir, "out"), []string{"a.json", "a.txt"}},
		{"no output directory", []Input{j, a}, "", []string{"a.json", "a.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, job := range Plan(tt.ins, PlanOptions{Formats: []convert.Format{fJSON}, OutDir: tt.outDir}) {
				got = append(got, job.Input.Rel)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("planned %v, want %v", got, tt.want)
			}
		})
	}
}
