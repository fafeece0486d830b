package newstext

import (
	"strings"
	"testing"
)

// TestBlind30ReporterInRunningText: a paragraph's first line, wrapped
// after a sentence that names a reporter (向证券时报记者表示，本轮 /
// 减产是…), is no credit line: the verb after the role (表示, 了解到,
// 介绍 …) is no name (blind page cn-zqsb-egongsi). A credit line is still
// one.
func TestBlind30ReporterInRunningText(t *testing.T) {
	for _, first := range []string{"多位业内人士向证券时报记者表示，本轮", "记者了解到，目前全市", "多位业内人士向记者表示，本轮", "记者随机采访了几位市民"} {
		page := "# 光伏企业减产\n\n本报讯　国内三家光伏硅料企业先后发布公告。\n\n　　" + first + "\n减产是行业自律的延续，部分企业已连续三个季度亏损。\n"
		wantKinds(t, page, "headline 光伏企业减产", "dateline 本报讯", "paragraph 国内三家光伏硅料企业先后发布公告。",
			"paragraph "+first+"减产是行业自律的延续，部分企业已连续三个季度亏损。")
	}
	wantKinds(t, "# 光伏企业减产\n\n证券时报记者　王一鸣\n\n国内三家光伏硅料企业先后发布公告。\n",
		"headline 光伏企业减产", "byline 证券时报记者　王一鸣", "paragraph 国内三家光伏硅料企业先后发布公告。")
}

// TestBlind30ChannelDateline: a paper's news channel before 讯, its name
// with a Latin letter (证券时报e公司讯, 证券时报·e公司讯), is a dateline
// whose org is the channel; the comma after a run-in 讯 is the
// dateline's, not the paragraph's first character. Latin letters make
// no other dateline.
func TestBlind30ChannelDateline(t *testing.T) {
	text := "12月4日晚间，某锂矿龙头企业公告称，公司拟发行H股。"
	tests := []struct {
		lead, dateline, org string
	}{
		{"证券时报e公司讯，", "证券时报e公司讯，", "证券时报e公司"},
		{"证券时报·e公司讯，", "证券时报·e公司讯，", "证券时报·e公司"},
		{"证券时报讯，", "证券时报讯，", "证券时报"},
		{"APEC讯，", "", ""},
		{"新华社e电", "", ""},
	}
	for _, tt := range tests {
		d := mustRead(t, "# 锂矿龙头拟赴港上市\n\n"+tt.lead+text+"\n")
		kids := d.Articles[0].Children
		if tt.dateline == "" {
			if len(kids) != 2 || kids[1].Kind != "paragraph" {
				t.Errorf("%s: got %s, want a paragraph", tt.lead, strings.Join(kindsOf(d), " | "))
			}
			continue
		}
		if len(kids) != 3 || kids[1].Kind != "dateline" || kids[1].Text != tt.dateline || kids[1].Org != tt.org || kids[2].Text != text {
			t.Errorf("%s: got %s, want dateline %s (org %s) and the text", tt.lead, strings.Join(kindsOf(d), " | "), tt.dateline, tt.org)
		}
		roundTrip(t, d)
	}
}

// TestBlind30FiledFrom: 发自沈阳 after a reporter's name says where the
// report was sent from, no second name (blind page cn-sports-fazi); 連線
// 報導 names no place, as 綜合報導 does (tw-ltn-lianxian).
func TestBlind30FiledFrom(t *testing.T) {
	c, ok := parseCredit("本报记者　王　磊　发自沈阳", true)
	if !ok || strings.Join(c.names, ",") != "王磊" || c.org != "本报" {
		t.Errorf("parseCredit(本报记者　王　磊　发自沈阳) = %+v, %v; want org 本报 names 王磊", c, ok)
	}
	d := mustRead(t, "# 台南高雄同步試辦\n\n〔記者蔡宗勳、王俊忠／連線報導〕台南市與高雄市政府昨天同步宣布試辦夜間公車。\n")
	for _, n := range d.Articles[0].Children {
		if n.Kind == "dateline" && (n.Place != "" || strings.Join(n.Names, ",") != "蔡宗勳,王俊忠") {
			t.Errorf("dateline %s: place %q names %q, want no place", n.Text, n.Place, n.Names)
		}
	}
}
