package pdf

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// lateCancel is a context that cancels itself when asked for the nth time,
// so a test can cancel in the middle of a Write without timing.
type lateCancel struct {
	context.Context
	cancel func()
	n      int32
	calls  atomic.Int32
}

func newLateCancel(n int32) *lateCancel {
	ctx, cancel := context.WithCancel(context.Background())
	return &lateCancel{Context: ctx, cancel: cancel, n: n}
}

func (c *lateCancel) Err() error {
	if c.calls.Add(1) >= c.n {
		c.cancel()
	}
	return c.Context.Err()
}

// manyArticles is a large tree: n articles of a headline and paragraphs.
func manyArticles(n int) *doc.Document {
	d := &doc.Document{Lang: "zh-Hans"}
	para := strings.Repeat("这是一个用来测试取消的段落，内容并不重要。", 8)
	for i := 0; i < n; i++ {
		a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: "标题"}}}
		for j := 0; j < 5; j++ {
			a.Children = append(a.Children, &doc.Node{Kind: doc.KindParagraph, Text: para})
		}
		d.Articles = append(d.Articles, a)
	}
	return d
}

// TestWriteStopsWhenCancelled checks that a context cancelled during the
// layout of a large document stops it there: Write returns the context's
// error, having laid out only a few of its paragraphs (it used to check
// once, after laying out every page), and writes nothing.
func TestWriteStopsWhenCancelled(t *testing.T) {
	d := manyArticles(200) // 1000 paragraphs, 1200 lines and more
	for _, n := range []int32{1, 2, 10} {
		ctx := newLateCancel(n)
		var breaks int
		count := func(text string, m layout.Measurer, o layout.Options) []layout.Line {
			breaks++
			return layout.Break(text, m, o)
		}
		_, err := New().write(ctx, io.Discard, d, count)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled at look %d: err = %v, want context.Canceled", n, err)
		}
		if breaks > 20 {
			t.Errorf("cancelled at look %d: %d blocks laid out after the cancellation, want a few", n, breaks)
		}
	}
	// An expired deadline is reported as such.
	ctx, cancel := context.WithTimeout(context.Background(), 0)
	defer cancel()
	var out strings.Builder
	if err := New().Write(ctx, &out, d); !errors.Is(err, context.DeadlineExceeded) || out.Len() != 0 {
		t.Errorf("expired deadline: err = %v, %d bytes written", err, out.Len())
	}
}
