package newstext

import "testing"

// TestZhCommentHead: a Chinese site's comment section's header with its
// count in brackets alone on a line, 網民留言（38） over on.cc's share row
// (blind page hk-oncc-jishi-web), 网友评论（12）, 留言（5）, 評論 (0), is
// the site's furniture. A sentence holding it, a count in words (a
// series' part), another bracket, another word before the name and a
// name with no count stay text.
func TestZhCommentHead(t *testing.T) {
	for in, want := range map[string]bool{
		"網民留言（38）":    true,
		"网友评论（12）":    true,
		"留言（5）":       true,
		"評論 (0)":      true,
		"讀者留言(1,204)": true,
		"全部评论（１２）":    true,
		"熱門回應（3）":     true,
		// Look-alikes.
		"網民留言":           false,
		"評論（一）":          false,
		"讀者留言（節錄）":       false,
		"時事評論（3）":        false,
		"網民留言（38）則指責消防處": false,
		"網民留言指責消防處（38）":  false,
		"留言（38）。":        false,
		"留言（,）":          false,
	} {
		if got := zhCommentHead(in); got != want {
			t.Errorf("zhCommentHead(%q) = %v, want %v", in, got, want)
		}
	}
	const head = "葵涌貨倉三級火　逾百消防員灌救\n\n2026年12月06日(日) 21:15\n\n" +
		"【on.cc東網專訊】葵涌貨櫃碼頭路一幢貨倉大廈今晚發生三級火警，暫無人受傷。\n\n" +
		"消防處發言人稱，起火原因有待調查。\n\n"
	for _, tt := range []struct{ line, want string }{
		{"網民留言（38）", "noise 網民留言（38）"},
		{"网友评论（12）", "noise 网友评论（12）"},
		{"留言（5）", "noise 留言（5）"},
		{"網民留言（38）則指責消防處", "paragraph 網民留言（38）則指責消防處"},
	} {
		d := mustRead(t, head+tt.line+"\n分享至：Facebook　WhatsApp　複製連結\n")
		k := allKinds(d)
		if len(k) < 2 || k[len(k)-2] != tt.want {
			t.Errorf("%s: the page's tail: %q", tt.line, k)
		}
		roundTrip(t, d)
	}
}
