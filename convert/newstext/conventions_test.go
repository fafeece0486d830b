package newstext

import (
	"strings"
	"testing"
)

// TestRegionalDatelines: one row per dateline convention of issue 10.
func TestRegionalDatelines(t *testing.T) {
	tests := []struct {
		in, lang                      string
		text, org, roles, names, rest string
		place, date                   string
	}{
		{"（中央社記者王小明台北3日電）今天", "zh-Hant", "（中央社記者王小明台北3日電）", "中央社", "記者", "王小明", "今天", "台北", "3日"},
		{"（中央社記者林昱均、蔡孟妤高雄3日電）", "zh-Hant", "（中央社記者林昱均、蔡孟妤高雄3日電）", "中央社", "記者", "林昱均,蔡孟妤", "", "高雄", "3日"},
		{"（中央社記者張佑之東京3日專電）", "zh-Hant", "（中央社記者張佑之東京3日專電）", "中央社", "記者", "張佑之", "", "東京", "3日"},
		{"【中央社台北10日電】", "zh-Hant", "【中央社台北10日電】", "中央社", "", "", "", "台北", "10日"},
		{"〔記者林家豪／台中報導〕台中市", "zh-Hant", "〔記者林家豪／台中報導〕", "", "記者", "林家豪", "台中市", "台中", ""},
		{"記者王小明／台北報導", "zh-Hant", "記者王小明／台北報導", "", "記者", "王小明", "", "台北", ""},
		{"【明報專訊】屯門", "zh-Hant", "【明報專訊】", "明報", "", "", "屯門", "", ""},
		{"【本報消息】政府", "zh-Hant", "【本報消息】", "", "", "", "政府", "", ""},
		{"新华社北京12月1日电（记者 张三）", "zh-Hans", "新华社北京12月1日电", "新华社", "", "", "（记者 张三）", "北京", "12月1日"},
		{"中新网上海12月1日电 (记者 陈静怡)", "zh-Hans", "中新网上海12月1日电", "中新网", "", "", "(记者 陈静怡)", "上海", "12月1日"},
		{"（吉隆坡22日讯）", "zh-Hans", "（吉隆坡22日讯）", "", "", "", "", "吉隆坡", "22日"},
		{"（新加坡讯）陆路", "zh-Hans", "（新加坡讯）", "", "", "", "陆路", "新加坡", ""},
		{"【東京】文京区", "ja", "【東京】", "", "", "", "文京区", "東京", ""},
		{"【ワシントン共同】米政府", "ja", "【ワシントン共同】", "共同", "", "", "米政府", "ワシントン", ""},
		{"【ソウル＝山田太郎】", "ja", "【ソウル＝山田太郎】", "", "", "山田太郎", "", "ソウル", ""},
		{"(서울=연합뉴스) 홍길동 기자 = 본문", "ko", "(서울=연합뉴스)", "연합뉴스", "", "", "홍길동 기자 = 본문", "서울", ""},
		{"[서울=뉴시스]박지민 기자 = 서울시가", "ko", "[서울=뉴시스]", "뉴시스", "", "", "박지민 기자 = 서울시가", "서울", ""},
	}
	for _, tt := range tests {
		d, rest, ok := parseDatelineLang(tt.in, tt.lang)
		if !ok {
			t.Errorf("%q: not a dateline", tt.in)
			continue
		}
		got := []string{d.text, d.org, strings.Join(d.roles, ","), strings.Join(d.names, ","), rest, d.place, d.date}
		want := []string{tt.text, tt.org, tt.roles, tt.names, tt.rest, tt.place, tt.date}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, want)
		}
	}
	// Not datelines.
	for _, s := range []string{"据新华社消息，国家统计局", "【東京】", "【今冬首场寒潮来袭】省气象台", "〔時事〕"} {
		if _, _, ok := parseDatelineLang(s, "zh-Hans"); ok {
			t.Errorf("%q: taken as a dateline", s)
		}
	}
}

// TestRegionalCredits: bylines, captions and noise of issue 10.
func TestRegionalCredits(t *testing.T) {
	tests := []struct {
		in   string
		kind unitKind
	}{
		{"（山田太郎）", uByline},
		{"（姚　静）", uByline},
		{"（社会部　佐藤花子）", uByline},
		{"鈴木花子記者", uByline},
		{"（編輯：黃名璽）1131203", uByline},
		{"【编辑:张子怡】", uByline},
		{"(责编：李昉、王乐)", uByline},
		{"责任编辑：刘　佳", uByline},
		{"报道：黄美玲", uByline},
		{"林诗琪　报道", uByline},
		{"〔時事〕", uByline},
		{"박지민 기자 =", uByline},
		{"홍길동 기자 hong@yna.co.kr", uByline},
		{"●燈光設計兼顧古蹟保護", uText},
		{"●相关链接", uText},
		{"写真は、紅葉＝1日夜、東京都文京区、佐藤花子撮影", uCaption},
		{"高雄港第七貨櫃中心碼頭作業情形。（台灣港務公司提供）", uCaption},
		{"台北市長出席活動。（中央社記者陳小華攝　113年9月3日）", uCaption},
		{"1일 오후 학생들이 수업을 듣고 있다. /김민수 기자", uCaption},
		{"시민들이 버스에 오르고 있다. (사진=뉴시스DB) 2024.12.02.", uCaption},
		{"（完）", uNoise},
		{"(끝)", uNoise},
		{"《人民日报》（2024年12月02日 01 版）", uNoise},
		{"2024年12月02日05:51 | 来源：人民网－人民日报", uNoise},
		{"版权所有　人民日报社　未经许可不得转载", uNoise},
		{"<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", uNoise},
		{"A3", uNoise},
		{"２０２４年（令和６年）１２月３日　火曜日　　（第３種郵便物認可）", uNoise},
		{"（广告）", uText},
	}
	for _, tt := range tests {
		if k, _, _ := classifyText(tt.in); k != tt.kind {
			t.Errorf("classifyText(%q) = %s, want %s", tt.in, kindName(k), kindName(tt.kind))
		}
	}
}

// TestHeadMarks: numbered and bulleted heads and their ranks.
func TestHeadMarks(t *testing.T) {
	tests := []struct {
		in, mark string
		rank     uint8
	}{
		{"一、强化能源供应保障", "一、", 1},
		{"（一）稳定煤炭生产", "（一）", 2},
		{"1.保障体育锻炼时间", "1.", 3},
		{"（1）分层布置作业", "（1）", 4},
		{"◆产业链延伸", "◆", 1},
		{"1.5万人参加", "", 0},
		{"（1）各中小学要开齐开足体育课。", "", 0},
	}
	for _, tt := range tests {
		m := headMarker(tt.in)
		if m != tt.mark || m != "" && markRank(m) != tt.rank {
			t.Errorf("headMarker(%q) = %q rank %d, want %q rank %d", tt.in, m, markRank(m), tt.mark, tt.rank)
		}
	}
}

// TestDropStraySpaces: OCR's spaces go between CJK characters only.
func TestDropStraySpaces(t *testing.T) {
	tests := []struct{ in, want string }{
		{"株洲 轨道交通", "株洲轨道交通"},
		{"零部 件", "零部件"},
		{"本地配套率提高到 78%", "本地配套率提高到 78%"},
		{"IGBT 芯片 和 TCMS 网络", "IGBT 芯片和 TCMS 网络"},
		{"新型車両 ５編成", "新型車両５編成"},
		{"서울 시민", "서울 시민"},
		{"open the door", "open the door"},
		{"彭　勇", "彭　勇"},
	}
	for _, tt := range tests {
		if got, _ := dropStraySpaces(tt.in); got != tt.want {
			t.Errorf("dropStraySpaces(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
