package convert

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// countingCancel is a context cancelled when asked for the nth time: a
// writer that looks at it once per article or block sees it in the middle
// of a large tree; one that looks only once or twice never does.
type countingCancel struct {
	context.Context
	cancel func()
	n      int32
	calls  atomic.Int32
}

func (c *countingCancel) Err() error {
	if c.calls.Add(1) >= c.n {
		c.cancel()
	}
	return c.Context.Err()
}

// TestWritersStopWhenCancelled checks every built-in writer on a tree of
// 1000 articles with a context cancelled at its 50th look: the write must
// fail with context.Canceled, so the writer looked at least 50 times (per
// article or finer) and stopped with most of the tree left undone. The
// reader is checked the same way on a large text.
func TestWritersStopWhenCancelled(t *testing.T) {
	if testing.Short() {
		t.Skip("large tree")
	}
	d := &doc.Document{Lang: "zh-Hans", Source: doc.Source{Name: "big.txt"}}
	for i := 0; i < 1000; i++ {
		d.Articles = append(d.Articles, &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: "新线通车"},
			{Kind: doc.KindParagraph, Text: "长沙地铁四号线北延段正式开通运营，新线全长八点六公里，设车站六座。"},
		}})
	}
	reg := Default()
	for _, f := range reg.Writable() {
		ctx, cancel := context.WithCancel(context.Background())
		cc := &countingCancel{Context: ctx, cancel: cancel, n: 50}
		err := reg.Write(cc, io.Discard, d, f, Options{})
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s: err = %v after %d looks, want context.Canceled (the writer does not look per article)", f, err, cc.calls.Load())
		}
	}
	var text strings.Builder
	for i := 0; i < 5000; i++ {
		text.WriteString("# 新线通车\n\n长沙地铁四号线北延段正式开通运营。\n\n")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cc := &countingCancel{Context: ctx, cancel: cancel, n: 5}
	if _, err := Read(cc, strings.NewReader(text.String()), Options{Name: "big.txt"}); !errors.Is(err, context.Canceled) {
		t.Errorf("reader: err = %v after %d looks, want context.Canceled", err, cc.calls.Load())
	}
}
