package newstext

import (
	"strings"
	"testing"
)

// Conventions found by a second round of blind pages (December 2026),
// each tested on original text of its own.

// TestPagedFolio: a folio naming the paper, the date and a lettered page
// (A6, B2) with its section is furniture; a page label alone is not.
func TestPagedFolio(t *testing.T) {
	for in, want := range map[string]string{
		"星洲日报　2025年3月8日　星期六　C4　国际": noiseFolio,
		"聯合報　2025年3月8日　星期六　A12　社會": noiseFolio,
		"C4　国际":         "",
		"南洋商报　C4　国际　地方": "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNoticeTitles: the titles of a paper's notices (更　正, 遗失启事,
// 讣　告) each start an article, and the sign-off of one in the middle of
// the page closes it.
func TestNoticeTitles(t *testing.T) {
	page := "更　正\n\n本报3月6日第2版一文中，“300余名”应为“500余名”。特此更正。\n\n本报编辑部\n2025年3月8日\n\n寻人启事\n\n张某某，男，72岁，3月5日上午在城西公园走失。\n\n讣　告\n\n退休职工李某同志因病逝世，享年90岁。\n"
	d := mustRead(t, page)
	if got := headlines(d); got != "更　正 / 寻人启事 / 讣　告" {
		t.Fatalf("articles: %s", got)
	}
	if got := kindsOf(d); strings.Join(got[len(got)-2:], "|") != "byline 本报编辑部|dateline 2025年3月8日" {
		t.Errorf("the first notice's sign-off: %q", got)
	}
	for in, want := range map[string]bool{"招聘启事": true, "严正声明": true, "公　告": true, "启事的内容和格式": false} {
		if got := standingBox(in); got != want {
			t.Errorf("standingBox(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestPaperReporterDateline: 【時報記者X／台北報導】 is a dateline naming
// the paper, the reporter and where the report was filed.
func TestPaperReporterDateline(t *testing.T) {
	d, rest, ok := parseDatelineLang("【時報記者張雅婷／台中報導】台中市政府昨日宣布。", "zh-Hant")
	if !ok || d.org != "時報" || strings.Join(d.names, ",") != "張雅婷" || d.place != "台中" || rest != "台中市政府昨日宣布。" {
		t.Errorf("got %+v %q %v", d, rest, ok)
	}
}

// TestCreditForms: credits of organisations and photo desks, and the
// full-width colon after a one-character role (文：X, which was never
// read: the colon's three bytes were cut after the first).
func TestCreditForms(t *testing.T) {
	wantBylineLines(t, map[string]string{
		"（聯合新聞網）":       "org=聯合新聞網 roles= names=",
		"（読売新聞）":        "org=読売新聞 roles= names=",
		"（姚　静）":         "org= roles= names=姚静",
		"文：郑伟明　图：本报资料室": "org= roles=文,图 names=郑伟明,本报资料室",
		"文：郑伟明":         "org= roles=文 names=郑伟明",
		"文 / 郑伟明":       "org= roles=文 names=郑伟明",
	})
	if !isCaption("（图：国家公园局）") || !isCaption("（圖：台北市政府）") {
		t.Error("a bracketed 图： credit alone is a caption")
	}
}

// TestPaddedAuthorLine: a padded name alone under the headline is the
// author's byline (人民日报 commentaries); a padded head word is not.
func TestPaddedAuthorLine(t *testing.T) {
	wantKinds(t, "让老街焕发新活力\n\n周　敏\n\n老街改造，改的是房子，留的是记忆。\n",
		"headline 让老街焕发新活力", "byline 周　敏", "paragraph 老街改造，改的是房子，留的是记忆。")
	d := mustRead(t, "让老街焕发新活力\n\n老街改造，改的是房子。\n\n结　语\n\n留的是记忆。\n")
	for _, k := range kindsOf(d) {
		if strings.HasPrefix(k, "byline") {
			t.Errorf("a padded head taken for a byline: %q", kindsOf(d))
		}
	}
}
