package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestBracketLabelOverItem: a box's label in lenticular brackets alone
// on its line straight over the box's bulleted items is set apart from
// them; a bracket that is not the whole line, holds a sentence, or stands
// over a line with no bullet (or a bullet alone) is none.
func TestBracketLabelOverItem(t *testing.T) {
	for _, tt := range []struct {
		label, item string
		want        bool
	}{
		{"【この記事のポイント】", "・日経平均は前週末比412円高と3日ぶりに反発", true},
		{"【ポイント】", "・米長期金利の低下で半導体関連に買い戻し", true},
		{"【要点】", "●全市新增充电桩1200个", true},
		{"【포인트】", "▲코스피 3일 만에 반등", true},
		{"【記者の視点】", "◆年末相場の焦点", true},
		// Look-alikes.
		{"【この記事のポイント】", "日経平均は前週末比412円高と3日ぶりに反発", false},
		{"【この記事のポイント】", "・", false},
		{"【解説】日経平均は反発", "・米長期金利の低下", false},
		{"【日経平均は反発した。米金利が低下】", "・半導体に買い", false},
		{"この記事のポイント", "・日経平均は反発", false},
		{"【今冬首场寒潮来袭，全省气温将下降八到十度以上并伴有大风】", "●省气象台发布寒潮预警", false},
	} {
		if got := bracketLabelOverItem(tt.label, tt.item); got != tt.want {
			t.Errorf("bracketLabelOverItem(%q, %q) = %v, want %v", tt.label, tt.item, got, tt.want)
		}
	}
}

// TestBracketLabelOverItemPage: on a page of one paragraph a line with
// blank lines between blocks, 【この記事のポイント】 set straight over its
// ・ items (blind page ja-nikkei-web-point) is a head, each item a
// paragraph, and the lead under the blank line is not joined to the
// last item as across a column break. Under no label the items and the
// lead stay apart too.
func TestBracketLabelOverItemPage(t *testing.T) {
	const (
		head  = "東証、半導体株に買い戻し　日経平均が3日ぶり反発\n2026年12月7日 15:42\n\n"
		items = "・日経平均は前週末比412円高と3日ぶりに反発\n・米長期金利の低下で半導体関連に買い戻しが広がる\n・来週の日銀会合を控え、後場は様子見ムードも\n\n"
		lead  = "7日の東京株式市場で日経平均株価は3日ぶりに反発し、前週末比412円18銭高で取引を終えた。前週末の米長期金利の低下を受け、半導体関連株に買い戻しが入った。"
		more  = "\n\n半導体製造装置の東和エレクトロンは4%高、検査装置の北斗テクノも3%上昇した。\n"
	)
	for _, page := range []string{
		head + "【この記事のポイント】\n" + items + lead + more,
		head + "【ニュースのポイント】\n" + items + lead + more,
		head + items + lead + more,
	} {
		d := mustRead(t, page)
		for _, it := range strings.Split(strings.TrimSpace(items), "\n") {
			if n := nodeWithText(d, it); n == nil || n.Kind != doc.KindParagraph {
				t.Errorf("%q: item %q not a paragraph of its own: %s", page, it, strings.Join(kindsOf(d), " | "))
			}
		}
		if n := nodeWithText(d, lead); n == nil || n.Kind != doc.KindParagraph {
			t.Errorf("%q: lead joined: %s", page, strings.Join(kindsOf(d), " | "))
		}
		if l, _, _ := strings.Cut(page[len(head):], "\n"); strings.HasPrefix(l, "【") {
			if n := nodeWithText(d, l); n == nil || n.Kind != doc.KindHeading {
				t.Errorf("%q: label %q not a head: %s", page, l, strings.Join(kindsOf(d), " | "))
			}
		}
		roundTrip(t, d)
	}
}

// TestItemOverProse: a list's item written as a phrase does not go on
// into a paragraph ending a sentence under it; an item cut inside its
// phrase, or one written in sentences, may still be the first half of a
// paragraph broken by a column.
func TestItemOverProse(t *testing.T) {
	for _, tt := range []struct {
		p, c string
		want bool // mayContinue
	}{
		{"・来週の日銀会合を控え、後場は様子見ムードも", "7日の東京株式市場で日経平均株価は反発した。", false},
		{"▽こども将棋大会＝市体育館で", "市は参加者を募集している。", false},
		// Look-alikes: the item's rest in its own style, or an item of
		// sentences cut mid-sentence, and prose over prose.
		{"・来週の日銀会合を控え、", "後場は様子見ムードも広がり、売買代金は低調", true},
		{"・日銀は利上げを決めた。円相場は", "一時１４６円台まで上昇した。", true},
		{"7日の東京株式市場で、日経平均株価は前週末比", "412円高と3日ぶりに反発した。", true},
	} {
		if got := mayContinue(tt.p, tt.c); got != tt.want {
			t.Errorf("mayContinue(%q, %q) = %v, want %v", tt.p, tt.c, got, tt.want)
		}
	}
}
