package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testtool"
)

// TestHTMLAndNINJS converts every sample (and the seed, when present) to
// html and ninjs in one batch, twice, and wants the same bytes; `paiban
// formats` lists both.
func TestHTMLAndNINJS(t *testing.T) {
	paiban(t, "", "formats").want(t, 0)
	f := paiban(t, "", "formats")
	for _, name := range []string{"html", "ninjs"} {
		if !strings.Contains(f.stdout, "\n"+name+" ") {
			t.Errorf("formats does not list %s:\n%s", name, f.stdout)
		}
	}
	in := t.TempDir()
	inputs := testtool.Samples(t)
	if seed := filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt"); exists(seed) {
		inputs = append(inputs, seed)
	}
	for _, p := range inputs {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(in, filepath.Base(p)), string(data))
	}
	var runs [2]string
	for i := range runs {
		runs[i] = t.TempDir()
		paiban(t, "", "convert", "-q", "-r", "--to", "html,ninjs", "--out-dir", runs[i], in).want(t, 0)
		noTemps(t, runs[i])
	}
	for _, p := range inputs {
		stem := strings.TrimSuffix(filepath.Base(p), ".txt")
		for _, out := range []string{stem + ".html", stem + ".ninjs.json"} {
			a, err1 := os.ReadFile(filepath.Join(runs[0], out))
			b, err2 := os.ReadFile(filepath.Join(runs[1], out))
			if err1 != nil || err2 != nil {
				t.Fatalf("%s: %v %v", out, err1, err2)
			}
			if !bytes.Equal(a, b) {
				t.Errorf("%s differs between two runs", out)
			}
			if !json.Valid(a) && strings.HasSuffix(out, ".json") {
				t.Errorf("%s is not JSON", out)
			}
		}
	}
	html, _ := os.ReadFile(filepath.Join(runs[0], "metro-line4.html"))
	if !bytes.Contains(html, []byte(`"datePublished": "2025-01-01T00:00:00Z"`)) {
		t.Error("SOURCE_DATE_EPOCH is not the page's publication date")
	}
}

// TestNINJSLines: with --jsonl, ninjs streams its article items one per
// line, not wrapped in records, beside the trees of --to json.
func TestNINJSLines(t *testing.T) {
	r := paiban(t, page, "convert", "-q", "--jsonl", "--from", "newstext", "--to", "json,ninjs", "-")
	r.want(t, 0)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want a tree and an item:\n%s", len(lines), r.stdout)
	}
	var item struct {
		URI            string `json:"uri"`
		Type           string `json:"type"`
		VersionCreated string `json:"versionCreated"`
		Headlines      []struct{ Role, Value string }
		Format         string `json:"format"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &item); err != nil {
		t.Fatal(err)
	}
	if item.Format != "" || item.Type != "text" || !strings.HasPrefix(item.URI, "urn:uuid:") ||
		item.VersionCreated != "2025-01-01T00:00:00Z" || len(item.Headlines) == 0 || item.Headlines[0].Value != "地铁四号线北延段今日通车" {
		t.Errorf("line 2 is not the article's ninjs item: %s", lines[1])
	}
}

// TestNINJSFromExtension: -o p.ninjs.json means ninjs, -o p.json the tree.
func TestNINJSFromExtension(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "p.txt"), page)
	paiban(t, "", "convert", "-q", "-o", filepath.Join(dir, "p.ninjs.json"), in).want(t, 0)
	paiban(t, "", "convert", "-q", "-o", filepath.Join(dir, "P.JSON"), in).want(t, 0)
	paiban(t, "", "convert", "-q", "-o", filepath.Join(dir, "p.html"), in).want(t, 0)
	for name, want := range map[string]string{"p.ninjs.json": `"standard": {`, "P.JSON": `"type": "document"`, "p.html": "<!DOCTYPE html>"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s: %v, lacks %s", name, err, want)
		}
	}
}
