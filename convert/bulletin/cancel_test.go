package bulletin

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// hugeParagraph is a one-article document whose text is a single paragraph
// of about 1 MB: one block, set by one renderer.
func hugeParagraph() *doc.Document {
	text := strings.Repeat("这是一个很长的段落，用来测试取消。", 1<<20/51)
	return &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "标题"},
		{Kind: doc.KindParagraph, Text: text},
	}}}}
}

// lateCancel is a context that cancels itself when asked for the nth time,
// so that a test can cancel in the middle of a Write without timing: the
// looks before that pass, only a look during the work sees it.
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

// A renderer asked to set a block after its context is cancelled sets
// nothing and says why.
func TestRendererStopsWhenCancelled(t *testing.T) {
	d := hugeParagraph()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := newRenderer(New(), d)
	r.ctx = ctx
	out := r.render(d.Articles[0], nil)
	if !errors.Is(r.err, context.Canceled) {
		t.Fatalf("renderer error %v, want context.Canceled", r.err)
	}
	if len(out) != 0 {
		t.Errorf("set %d bytes after cancellation", len(out))
	}
}

// Cancelling while one huge paragraph is being set makes Write fail with
// the context's error, writing nothing: no partial success. The looks are:
// 1 before the batch, 2 before the headline, 3 after its layout, 4 before
// the paragraph, 5 after its layout, 6 after checkLines of its lines.
func TestWriteCancelledInsideParagraph(t *testing.T) {
	d := hugeParagraph()
	for _, n := range []int32{2, 4, 5, 6} {
		ctx := newLateCancel(n)
		var out bytes.Buffer
		err := New().Write(ctx, &out, d)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled at look %d: got %v, want context.Canceled", n, err)
		}
		if out.Len() != 0 {
			t.Errorf("cancelled at look %d: wrote %d bytes", n, out.Len())
		}
	}
}

// An uncancelled write of the same paragraph still succeeds.
func TestWriteHugeParagraph(t *testing.T) {
	var out bytes.Buffer
	if err := New().Write(context.Background(), &out, hugeParagraph()); err != nil {
		t.Fatal(err)
	}
	if out.Len() < 1<<20 {
		t.Errorf("wrote %d bytes, want the whole paragraph", out.Len())
	}
}
