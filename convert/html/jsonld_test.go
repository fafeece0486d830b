package html

import (
	"bufio"
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

// TestJSONLDStreams: the JSON-LD written record by record is the array
// json.MarshalIndent makes of all the records at once, for no article,
// one document and several.
func TestJSONLDStreams(t *testing.T) {
	read := func(name string) *doc.Document {
		return testdoc.Read(t, filepath.Join(testtool.RepoRoot(), "samples", name))
	}
	metro, kobe := read("metro-line4.txt"), read("ja-kobe-jazz.txt")
	odd := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: `</script><b>&`}, {Kind: doc.KindByline, Text: "记者 王某 王某", Names: []string{"王某", "王某"}}}}}}
	for _, docs := range [][]*doc.Document{{{Lang: "ko"}}, {metro}, {metro, kobe, odd}} {
		recs := []newsArticle{}
		for _, d := range docs {
			for _, a := range d.Articles {
				recs = append(recs, record(d, a, "2024-09-03T00:00:00Z"))
			}
		}
		want, err := json.MarshalIndent(recs, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		bw := bufio.NewWriter(&got)
		if err := writeJSONLD(bw, docs, "2024-09-03T00:00:00Z"); err != nil {
			t.Fatal(err)
		}
		bw.Flush()
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%d documents: streamed\n%s\nwant\n%s", len(docs), got.Bytes(), want)
		}
	}
}
