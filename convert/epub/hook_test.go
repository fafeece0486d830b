package epub

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/render"
)

// TestNodeHook checks that a hook replaces the markup of the nodes it
// handles, wraps those it hands back with Default (their sections still in
// the table of contents), and leaves the rest to the writer.
func TestNodeHook(t *testing.T) {
	hook := func(w render.Writer, n *doc.Node) (bool, error) {
		switch n.Kind {
		case doc.KindByline:
			w.Markup(`<p class="credit">`)
			w.Text("作者：" + strings.Join(n.Names, "、") + " <&>")
			w.Markup("</p>\n")
			return true, nil
		case doc.KindSection:
			w.Markup(`<div class="box">`)
			w.Default(n)
			w.Markup("</div>\n")
			return true, nil
		}
		return false, nil
	}
	_, files := entries(t, writeBook(t, []*doc.Document{handTree()}, WithNodeHook(hook)))
	page := files[xhtmlDir+"a001.xhtml"]
	for _, want := range []string{
		`<p class="credit">作者：张三、李四 &lt;&amp;&gt;</p>`,
		`<div class="box"><section id="s1">`,
		`<p class="dateline">本报长沙8月29日讯</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s:\n%s", want, page)
		}
	}
	if strings.Contains(page, "■本报记者") {
		t.Errorf("the handled byline was also rendered by the writer:\n%s", page)
	}
	// The nested section went through the hook too (two boxes), and both
	// sections kept their navigation entries.
	if n := strings.Count(page, `<div class="box">`); n != 2 {
		t.Errorf("%d boxes, want 2 (nested section)", n)
	}
	if nav := files[navPath]; !strings.Contains(nav, "一、细项") {
		t.Errorf("nav lost the nested section:\n%s", nav)
	}
}

// TestNodeHookError checks that a hook's error stops the book.
func TestNodeHookError(t *testing.T) {
	boom := errors.New("boom")
	hook := func(w render.Writer, n *doc.Node) (bool, error) {
		if n.Kind == doc.KindCaption {
			return false, boom
		}
		return false, nil
	}
	var buf bytes.Buffer
	err := New(WithNodeHook(hook)).Write(context.Background(), &buf, handTree())
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if buf.Len() != 0 {
		t.Errorf("%d bytes written despite the error", buf.Len())
	}
}
