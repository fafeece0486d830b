package newstext

import (
	"strings"
	"testing"
)

// blind68Oped is a 联合早报 言论 page's op-ed by two writers (blind page
// sg-zaobao-yanlun-shelun-manhua): the headline, the writers' names, two
// paragraphs and a line the test sets under them (TAIL).
const blind68Oped = "东南亚电动车竞赛　新加坡该扮演什么角色\n\n陈慧敏　吴家豪\n\n" +
	"印度尼西亚和泰国近年积极争取电动车制造商设厂，区域竞争日趋激烈。\n\n" +
	"例如，本地大学可与区域车厂合作，开发适合热带气候的电池管理系统。\n\n" +
	"TAIL\n"

// TestBlind68CoAuthorNote: a piece by several writers closes with a note
// saying who each is, 作者分别是…研究员和博士生 (分别, respectively), bare
// or bracketed: the note on its authors, a byline, which signs the piece
// so the names under the headline are the co-authors' byline. Words that
// open a sentence (作者分别是谁, ending in a full stop or over text) or
// that say no 是/为/系 (作者分别在…工作) stay text.
func TestBlind68CoAuthorNote(t *testing.T) {
	for _, tt := range []struct {
		tail   string
		byline bool
	}{
		{"作者分别是南洋理工大学能源研究所研究员和博士生", true},
		{"作者分别为本地大学副教授和讲师", true},
		{"作者分别系律师和会计师", true},
		{"（作者分别是南洋理工大学研究员和博士生）", true},
		{"作者分別是南洋理工大學研究員和博士生", true},
		// Look-alikes.
		{"作者分别是谁并不重要。", false},
		{"作者分别是谁并不重要\n\n重要的是文章本身。", false},
		{"作者分别在新加坡和吉隆坡工作", false},
	} {
		d := mustRead(t, strings.Replace(blind68Oped, "TAIL", tt.tail, 1))
		note := strings.SplitN(tt.tail, "\n", 2)[0]
		n := nodeWithText(d, note)
		if got := n != nil && n.Kind == "byline"; got != tt.byline {
			t.Errorf("%s: byline %v, want %v\n%s", note, got, tt.byline, strings.Join(treeOf(d), "\n"))
		}
		names := nodeWithText(d, "陈慧敏　吴家豪")
		if got := names != nil && names.Kind == "byline" && strings.Join(names.Names, ",") == "陈慧敏,吴家豪"; got != tt.byline {
			t.Errorf("%s: co-authors' byline %v, want %v\n%s", note, got, tt.byline, strings.Join(treeOf(d), "\n"))
		}
		roundTrip(t, d)
	}
}

// TestBlind68CartoonCaption: an opinion page's cartoon is labelled as a
// photo is, 漫画：…, and its line closes with a sentence's end or the
// artist's credit after a slash (黄启文／作, …／绘): a caption. The label
// over a short title (a culture story's head, 漫画：从纸面到屏幕), or text
// that only mentions cartoons, is none.
func TestBlind68CartoonCaption(t *testing.T) {
	for _, tt := range []struct {
		s       string
		caption bool
	}{
		{"漫画：年底账单一张接一张，钱包也要“减肥”。　黄启文／作", true},
		{"漫画：年底账单一张接一张　黄启文／作", true},
		{"漫画：年底账单一张接一张 黄启文/绘", true},
		{"漫畫：年底帳單一張接一張，錢包也要「減肥」。　黃啟文／作", true},
		{"漫画：钱包也要“减肥”。", true},
		{"漫画：黄启文／作", true},
		// Look-alikes.
		{"漫画：从纸面到屏幕", false},
		{"漫画家黄启文的新作。", false},
		{"漫画：年底账单一张接一张，", false},
		{"漫画：年底账单一张接一张／作", false},
		{"漫画展吸引上千名观众　黄启文／作", false},
	} {
		if got := isCaption(tt.s); got != tt.caption {
			t.Errorf("isCaption(%q) = %v, want %v", tt.s, got, tt.caption)
		}
	}
	// Under a signed piece, with nothing but furniture under it, the
	// cartoon stands apart: an article of its own with no headline. Among
	// the piece's paragraphs, or over more text, it is the piece's.
	const cartoon = "漫画：年底账单一张接一张，钱包也要“减肥”。　黄启文／作"
	for _, tt := range []struct {
		tail string
		own  bool
	}{
		{"作者分别是南洋理工大学能源研究所研究员和博士生\n\n" + cartoon, true},
		{"（作者为本地大学副教授）\n\n" + cartoon + "\n\n言论版欢迎投稿，电邮：yanlun@zaobao.example.sg", true},
		{cartoon + "\n\n作者是本地大学副教授", false},
		{"作者是本地大学副教授\n\n" + cartoon + "\n\n这段文字接着说下去，讲的是年底的开销。", false},
	} {
		d := mustRead(t, strings.Replace(blind68Oped, "TAIL", tt.tail, 1))
		tree := strings.Join(treeOf(d), "\n")
		if !strings.Contains(tree, "  caption "+cartoon) {
			t.Errorf("%s: no caption\n%s", tt.tail, tree)
		}
		own := len(d.Articles) == 2 && len(d.Articles[1].Children) > 0 && d.Articles[1].Children[0].Text == cartoon
		if own != tt.own {
			t.Errorf("%s: article of its own %v, want %v\n%s", tt.tail, own, tt.own, tree)
		}
		roundTrip(t, d)
	}
}

// TestBlind68CopyBox: the box a comment page sets its call for
// contributions in, the label over it (投稿须知, 征稿启事) and the rules
// beside it (来稿请附真实姓名…，本报有权删改。), is furniture with the call:
// noise. Away from a call, the label heads a notice of its own and the
// rules sentence is text; a sentence that sets no term for contributions,
// or does not open with them, stays text beside the call too.
func TestBlind68CopyBox(t *testing.T) {
	const call = "言论版欢迎投稿，电邮：yanlun@zaobao.example.sg"
	const rules = "来稿请附真实姓名及联系电话，字数以1200字为限，本报有权删改。"
	for _, tt := range []struct {
		foot  string
		noise []string // lines that must be noise
		text  []string // lines that must not
	}{
		{"投稿须知\n\n" + call + "\n\n" + rules, []string{"投稿须知", call, rules}, nil},
		{"投稿須知\n\n" + rules + "\n\n" + call, []string{"投稿須知", call, rules}, nil},
		{"征稿启事\n\n" + call, []string{"征稿启事", call}, nil},
		{call + "\n\n来稿文责自负，恕不退稿。", []string{call, "来稿文责自负，恕不退稿。"}, nil},
		// Look-alikes.
		{"投稿须知\n\n" + rules, nil, []string{rules}},
		{call + "\n\n来稿请寄本报编辑部。", []string{call}, []string{"来稿请寄本报编辑部。"}},
		{call + "\n\n本报有权删改来稿，敬请读者谅解。", []string{call}, []string{"本报有权删改来稿，敬请读者谅解。"}},
		{"读者回应\n\n" + call, []string{call}, []string{"读者回应"}},
	} {
		d := mustRead(t, strings.Replace(blind68Oped, "TAIL", "作者是本地大学副教授\n\n"+tt.foot, 1))
		tree := strings.Join(treeOf(d), "\n")
		for _, s := range tt.noise {
			if n := nodeWithText(d, s); n == nil || n.Kind != "noise" {
				t.Errorf("%q: %s not noise\n%s", tt.foot, s, tree)
			}
		}
		for _, s := range tt.text {
			if n := nodeWithText(d, s); n == nil || n.Kind == "noise" {
				t.Errorf("%q: %s noise or lost\n%s", tt.foot, s, tree)
			}
		}
		roundTrip(t, d)
	}
}
