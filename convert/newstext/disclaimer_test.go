package newstext

import "testing"

// TestPlatformDisclaimer: a self-media platform's statement under a post,
// 平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台…, is a disclaimer
// (noise) as 特别声明：以上内容… is, and so not glued across the blank
// line to the link above it (blind page cn-sohu-web); a platform's
// statement quoted in a story, which speaks of no text or site, stays
// text.
func TestPlatformDisclaimer(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool // noise
	}{
		{"平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", true},
		{"平台声明：本文内容由用户上传，不代表本平台立场。", true},
		{"平臺聲明：該文觀點僅代表作者本人。", true},
		{"【平台声明】该文观点仅代表作者本人。", true},
		{"平台声明：将对违规商家从严处理，绝不姑息。", false},
		{"平台声明称，将对违规商家从严处理。", false},
	} {
		if got := isDisclaimer(tt.line); got != tt.want {
			t.Errorf("isDisclaimer(%s) = %v, want %v", tt.line, got, tt.want)
		}
		page := "城东区试点社区食堂\n\n2026-12-05 18:20\n\n12月5日，城东区首批6家社区食堂正式开门营业。\n\n区民政局表示，明年将在全区推广到30家\n\n" + tt.line + "\n"
		d := mustRead(t, page)
		if got := kindOfText(d, tt.line) == "noise"; got != tt.want {
			t.Errorf("%q: noise %v, want %v\n%s", tt.line, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}
