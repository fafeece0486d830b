package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// sources returns the source name of every --jsonl output line: a
// record's "source", or a tree's "source.name".
func sources(t *testing.T, stream string) []string {
	t.Helper()
	var out []string
	for _, line := range strings.Split(strings.TrimSuffix(stream, "\n"), "\n") {
		var v struct {
			Source json.RawMessage
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("bad line %.200s: %v", line, err)
		}
		var name string
		if json.Unmarshal(v.Source, &name) != nil {
			var src struct{ Name string }
			json.Unmarshal(v.Source, &src)
			name = src.Name
		}
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// TestJSONLSourceIsRelativePath checks that --jsonl lines name their input
// by its path below its root, so that same-named files in a tree stay
// apart and map back to their files.
func TestJSONLSourceIsRelativePath(t *testing.T) {
	dir := t.TempDir()
	for _, rel := range []string{"in/2023/01/p.txt", "in/2024/01/p.txt", "in/2024/02/p.txt"} {
		write(t, filepath.Join(dir, rel), page)
	}
	in := filepath.Join(dir, "in")
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"records of a tree", []string{"-r", "--to", "txt", in}, []string{"2023/01/p.txt", "2024/01/p.txt", "2024/02/p.txt"}},
		{"trees of a tree", []string{"-r", "--to", "json", in}, []string{"2023/01/p.txt", "2024/01/p.txt", "2024/02/p.txt"}},
		{"two directories", []string{"-r", "--to", "txt", filepath.Join(in, "2023"), filepath.Join(in, "2024")},
			[]string{"2023/01/p.txt", "2024/01/p.txt", "2024/02/p.txt"}},
		{"one file is its name", []string{"--to", "txt", filepath.Join(in, "2024", "02", "p.txt")}, []string{"p.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := paiban(t, "", append([]string{"convert", "--jsonl", "-q"}, tt.args...)...)
			r.want(t, 0)
			if got := sources(t, r.stdout); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sources %v, want %v", got, tt.want)
			}
		})
	}
	// A stream of trees keeps the names through a second stage.
	r := paiban(t, "", "convert", "--jsonl", "-q", "-r", "--to", "json", in)
	r.want(t, 0)
	r2 := paiban(t, r.stdout, "convert", "--jsonl", "-q", "--to", "txt", "-")
	r2.want(t, 0)
	if got, want := sources(t, r2.stdout), sources(t, r.stdout); !reflect.DeepEqual(got, want) {
		t.Errorf("second stage sources %v, want %v", got, want)
	}
}

// TestShardStreams checks --shard on standard input: the documents of a
// JSON Lines stream are dealt round the shares (each converted once), and
// one plain document is converted by share 0 alone.
func TestShardStreams(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 7 {
		files = append(files, write(t, filepath.Join(dir, fmt.Sprintf("p%d.txt", i)), page))
	}
	r := paiban(t, "", append([]string{"convert", "--jsonl", "-q", "--to", "json"}, files...)...)
	r.want(t, 0)
	stream := r.stdout
	tests := []struct {
		name  string
		stdin string
		args  []string
		docs  int
	}{
		{"json lines", stream, []string{"--jsonl", "--to", "txt"}, 7},
		{"json lines to trees", stream, []string{"--jsonl", "--to", "json"}, 7},
		{"one text document", page, []string{"--to", "txt"}, 1},
		{"one text document, jsonl", page, []string{"--jsonl", "--from", "newstext", "--to", "txt"}, 1},
	}
	for _, tt := range tests {
		for _, n := range []int{2, 3} {
			t.Run(fmt.Sprintf("%s %d", tt.name, n), func(t *testing.T) {
				total := 0
				for i := range n {
					args := append([]string{"convert", "-q", "--shard", fmt.Sprintf("%d/%d", i, n)}, tt.args...)
					r := paiban(t, tt.stdin, append(args, "-")...)
					r.want(t, 0)
					got := 0
					if strings.Contains(strings.Join(tt.args, " "), "--jsonl") {
						got = strings.Count(r.stdout, "\n")
					} else if r.stdout != "" {
						got = 1
					}
					if tt.docs == 1 && (got == 1) != (i == 0) {
						t.Errorf("share %d/%d converted %d documents; a lone document belongs to share 0", i, n, got)
					}
					if lo := tt.docs / n; got < lo || got > lo+1 {
						t.Errorf("share %d/%d converted %d of %d documents", i, n, got, tt.docs)
					}
					total += got
				}
				if total != tt.docs {
					t.Errorf("%d shares converted %d documents, want %d", n, total, tt.docs)
				}
			})
		}
	}
}
