package newstext

import (
	"strings"
	"testing"
)

// TestJaBulletJump: a Japanese cross-reference after the bullet a paper
// sets it with, alone on its line (◎関連記事５面に), is a jump as the
// bracketed and ＝ forms are; a bulleted line naming no page, or a page
// with other words, stays a head.
func TestJaBulletJump(t *testing.T) {
	for s, want := range map[string]bool{
		"◎関連記事５面に":  true,
		"◎２面に関連記事":  true,
		"◆関連記事３面":   true,
		"◇関連記事社会面":  true,
		"▼３面に続く":    true,
		"■関連記事１０面に": true,
		// Look-alikes.
		"◎関連記事":        false, // no page
		"◎５面":          false, // a bare page
		"◎３面記事の主役":     false, // words after the page
		"◎面会制限を緩和":     false, // 面 in a word
		"◎第２面に関連記事を掲載": false, // a sentence's words
		"◎宇宙開発の今後":     false, // a head
		"▲関連記事５面に":     false, // ▲ opens a caption
	} {
		if got := isBareJump(s); got != want {
			t.Errorf("isBareJump(%q) = %v, want %v", s, got, want)
		}
		if got := leadingJump(s) == len(s); got != want {
			t.Errorf("leadingJump(%q) whole = %v, want %v", s, got, want)
		}
	}
}

// TestJaBulletJumpPage: on an agency-fed page the ◎ cross-reference
// under a story's end is its jump, and the title pair under the blank
// line opens the next story (headline, subheadline); a ◎ head over its
// own text stays a head.
func TestJaBulletJumpPage(t *testing.T) {
	story := "宇宙ごみ除去、企業に義務\n米下院が法案可決\n　【ワシントン共同】米下院は７日、法案を可決した。\n　法案は違反した事業者に制裁金を科す内容。\n"
	next := "\n１１月の新車販売３・２％減\n軽の落ち込み響く\n　日本自動車販売協会連合会が１日発表した新車販売台数は、前年同月比３・２％減だった。〔時事〕\n"
	got := leafLines(t, story+"◎関連記事５面に\n"+next)
	for _, want := range []string{"jump ◎関連記事５面に", "headline １１月の新車販売３・２％減", "subheadline 軽の落ち込み響く"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	// Look-alike: a ◎ head over text of its own.
	head := "宇宙ごみ除去、企業に義務\n米下院が法案可決\n　【ワシントン共同】米下院は７日、法案を可決した。\n◎関連記事の多い分野\n　衛星の回収技術は各国で開発が進む。\n"
	if got := leafLines(t, head); !strings.Contains(got, "heading ◎関連記事の多い分野") {
		t.Errorf("the ◎ head not kept:\n%s", got)
	}
}
