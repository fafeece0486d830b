package newstext

import (
	"slices"
	"testing"
)

// TestKoreanMastheadAsked: a Korean site's masthead is a paper's name
// (never an ending alone: 투데이, 데일리, 타임스 are words), and the title
// under it is asked the same whether it stands as a line or as the "# "
// headline the writer marks, so the two readings agree (a FuzzRead round
// trip read 투데이 back as the site's name).
func TestKoreanMastheadAsked(t *testing.T) {
	for s, want := range map[string]bool{
		"머니투데이": true, "이데일리": true, "코리아타임스": true, "투데이": false, "데일리": false, "타임스": false,
	} {
		if got := koreanPaperTag(s); got != want {
			t.Errorf("koreanPaperTag(%s) = %v, want %v", s, got, want)
		}
	}
	for _, page := range []string{
		"투데이\n !상승부담김도윤기자\n\n공유하기글자크기국내카드사들의분기순이익이년전보다00줄어든0것으로0나타났다!",
		"투데이\n\n# !상승부담김도윤기자\n\n　　공유하기글자크기국내카드사들의분기순이익이년전보다00줄어든0것으로0나타났다!\n",
	} {
		d := mustRead(t, page)
		if k := allKinds(d); slices.Contains(k, "noise 투데이") {
			t.Errorf("%q: %v, want 투데이 no masthead", page, k)
		}
		roundTrip(t, d)
	}
	d := mustRead(t, "머니투데이\n\n# 카드사 순이익 줄어\n\n　　국내 카드사들의 3분기 순이익이 1년 전보다 줄어든 것으로 나타났다.\n")
	if k := allKinds(d); !slices.Contains(k, "noise 머니투데이") {
		t.Errorf("머니투데이 over a marked headline: %v, want the masthead as noise", k)
	}
	roundTrip(t, d)
}

// TestSquareCaptionsAcrossPageBreak: two ■ sentences with only a page
// number and a fragment of the interrupted paragraph between them are a
// run of ■ items, as they are once the builder joins the fragment to its
// paragraph (the normalized writer's form): no photo captions either way
// (a FuzzRead round trip of Big5 ■鐘。).
func TestSquareCaptionsAcrossPageBreak(t *testing.T) {
	for _, page := range []string{
		"000000000000000000000000000000000\n0\n■鐘。\n0 :0\n■鐘。",
		"　　000000000000000000000000000000000 0 :0\n\n0\n\n■鐘。\n\n■鐘。\n",
	} {
		d := mustRead(t, page)
		if k := allKinds(d); slices.Contains(k, "caption ■鐘。") {
			t.Errorf("%q: %v, want no captions", page, k)
		}
		roundTrip(t, d)
	}
	d := mustRead(t, "　　消防處表示，昨日下午三時許接報。\n\n■消防員到場檢查茶餐廳廚房。\n\n　　事件中無人受傷。\n")
	if k := allKinds(d); !slices.Contains(k, "caption ■消防員到場檢查茶餐廳廚房。") {
		t.Errorf("a ■ caption between paragraphs: %v", k)
	}
}

// TestLinkListWrittenApart: a site's link list set close, then text, holds
// all its links; written out, every unit a block of its own, it must
// still (titleApart sees a last link apart only from a list set close). A
// link set apart from a close list over text is the next story's headline.
func TestLinkListWrittenApart(t *testing.T) {
	for _, page := range []string{
		"識があったブックが事故の原因を詳しく調べている。\nあわせて読みたい\n表\nる\n。",
		"県警は事故の原因を詳しく調べている。\n\nあわせて読みたい\n前橋市、バス路線の再編案\n高崎で新しい図書館が開館\n\n　　この記事は会員限定です。\n",
	} {
		d := mustRead(t, page)
		roundTrip(t, d)
	}
	d := mustRead(t, "県警は事故の原因を詳しく調べている。\n\nあわせて読みたい\n前橋市、バス路線の再編案\n高崎で新しい図書館が開館\n\n伊勢崎で冬のイルミネーション\n\n　　伊勢崎市の華蔵寺公園で５日、冬のイルミネーションが始まった。\n")
	if k := allKinds(d); !slices.Contains(k, "headline 伊勢崎で冬のイルミネーション") {
		t.Errorf("a title apart from a close list: %v, want the next story's headline", k)
	}
	roundTrip(t, d)
}

// TestJaStampNameUnderText: under a finished sentence a name over the
// stamp, run in or alone, is not read as the reporter's (underTitles asks
// both forms), so the two readings agree.
func TestJaStampNameUnderText(t *testing.T) {
	for _, page := range []string{
		"。\n佐藤遥0000年0月0日0時0分\nで",
		"県は５日、新しい観光計画を発表した。\n\n佐藤遥2026年12月5日 17時30分\n\n来年度から実施する。\n",
	} {
		d := mustRead(t, page)
		if k := allKinds(d); slices.Contains(k, "byline 佐藤遥") {
			t.Errorf("%q: %v, want no byline under a finished sentence", page, k)
		}
		roundTrip(t, d)
	}
}

// TestPageCodeHeadOverHeadline: a page code and name alone right over the
// "# " headline is a kicker of the title group, as it reads in a block of
// title lines, not a running head (a FuzzRead round trip).
func TestPageCodeHeadOverHeadline(t *testing.T) {
	d := mustRead(t, "写在页面最前\n流\u3000Ｄ0\n#\u3000。")
	if k := allKinds(d); slices.Contains(k, "noise 流　Ｄ0") {
		t.Errorf("%v: want 流　Ｄ0 no running head", k)
	}
	roundTrip(t, d)
	// Alone over a title, the same line is the running head: the writer
	// escapes the kicker of the first page, so the two read back apart.
	d = mustRead(t, "会\u3000A0\n\n本\n\n（坡日讯），明年")
	if k := allKinds(d); !slices.Contains(k, "noise 会　A0") {
		t.Errorf("%v: want 会　A0 a running head", k)
	}
	roundTrip(t, d)
}
