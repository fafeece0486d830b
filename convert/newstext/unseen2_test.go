package newstext

import "testing"

// TestAttributedSubheadline: a subheadline that speaks for its source
// (當局：…) under a short headline is a second title line, not the rest of
// a wrapped headline (sample mo-aomen); attributedTitle accepts only a
// short source before one colon and nothing that ends a sentence.
func TestAttributedSubheadline(t *testing.T) {
	para := "【本報消息】運輸工務司司長羅立文昨日在立法會回應議員質詢時表示，輕軌東線工程整體進度約七成，隧道段已全線貫通。\n"
	wantKinds(t, "輕軌東線明年下半年試運行\n當局：車站周邊交通配套同步檢討\n\n"+para,
		"headline 輕軌東線明年下半年試運行", "subheadline 當局：車站周邊交通配套同步檢討", "dateline 【本報消息】")
	tests := []struct {
		in string
		ok bool
	}{
		{"當局：車站周邊交通配套同步檢討", true},
		{"专家：警惕“隐形”风险", true},
		{"外交部發言人：堅決反對", true},
		{"：無來源", false},
		{"當局：", false},
		{"他說：這是第一步。", false},          // a sentence
		{"當局：車站周邊，", false},           // a clause goes on
		{"甲：乙：丙", false},              // two colons
		{"一個很長很長很長很長的來源名稱：內容", false}, // no source is that long
	}
	for _, tt := range tests {
		if got := attributedTitle(tt.in); got != tt.ok {
			t.Errorf("attributedTitle(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
}

// TestClosingDatelineKept: a bracketed dateline alone after the body
// text, with nothing after it but the next headline or the end, closes
// its article (mainland features: （本报郑州12月3日电）) instead of opening
// a brief with no headline (sample cn-jjrb2). One with text after it
// still opens a brief.
func TestClosingDatelineKept(t *testing.T) {
	body := "家门口的“就业驿站”\n\n早上8点，河南省许昌市建安区的“就业驿站”刚开门，就有十几名求职者在等候。\n\n"
	wantKinds(t, body+"（本报郑州12月3日电）\n",
		"headline 家门口的“就业驿站”", "paragraph 早上8点，河南省许昌市建安区的“就业驿站”刚开门，就有十几名求职者在等候。", "dateline （本报郑州12月3日电）")
	d := mustRead(t, body+"（本报郑州12月3日电）\n\n冬季用电高峰来临\n\n本报讯　今冬全市最高用电负荷预计将突破一千二百万千瓦。\n")
	if n := len(d.Articles); n != 2 {
		t.Errorf("closing dateline then a new article: %d articles, want 2", n)
	}
	d = mustRead(t, body+"新华社北京12月3日电　国务院常务会议今天召开，部署冬季能源保供工作。\n")
	if n := len(d.Articles); n != 2 {
		t.Errorf("dateline leading text after the body: %d articles, want 2 (a brief)", n)
	}
}

// TestKoreanHyphenSubheadline: Korean papers' sites mark a subheadline by
// a single hyphen and a space; the mark is dropped as —— is. A lone
// hyphen before anything else is not a subheadline mark.
func TestKoreanHyphenSubheadline(t *testing.T) {
	wantKinds(t, "수도권 광역급행철도 B노선 착공…2030년 개통 목표\n- 인천 송도~남양주 마석 82.8㎞, 하루 27만명 이용 전망\n\n수도권 광역급행철도(GTX) B노선이 3일 착공식을 갖고 본격적인 공사에 들어갔다.\n",
		"headline 수도권 광역급행철도 B노선 착공…2030년 개통 목표", "subheadline 인천 송도~남양주 마석 82.8㎞, 하루 27만명 이용 전망")
	for in, ok := range map[string]bool{"- 인천 송도": true, "- item": false, "-5도": false, "-인천": false} {
		if _, got := dashPrefix(in); got != ok {
			t.Errorf("dashPrefix(%q) ok = %v, want %v", in, got, ok)
		}
	}
}

// TestKoreanPhotoSource: a Korean caption ending in its photo's source in
// brackets, [사진 국토교통부] or [국토교통부 제공], after one short sentence.
func TestKoreanPhotoSource(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"GTX B노선 착공식이 3일 인천 송도에서 열리고 있다. [사진 국토교통부]", true},
		{"신형 전동차 내부 모습. [국토교통부 제공]", true},
		{"정부는 3일 공사를 시작했다. 국토부는 2030년 개통을 목표로 한다고 밝혔다. 주민들은 환영했다. 그러나 우려도 있다. [사진 국토교통부]", false},
		{"정부는 3일 공사를 시작했다고 밝혔다. [사진은 없음 이라는 설명이 매우 길게 붙은 경우]", false},
	}
	for _, tt := range tests {
		if got := isCaption(tt.in); got != tt.ok {
			t.Errorf("isCaption(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
}
