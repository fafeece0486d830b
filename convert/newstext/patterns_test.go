package newstext

import (
	"strings"
	"testing"
)

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in                      string
		ok                      bool
		text, place, date, rest string
	}{
		{"本报讯", true, "本报讯", "", "", ""},
		{"本報訊 今年秋季", true, "本報訊", "", "", "今年秋季"},
		{"【本报讯】", true, "【本报讯】", "", "", ""},
		{"【本報訊】臺北市政府", true, "【本報訊】", "", "", "臺北市政府"},
		{"本报北京8月29日电 国家粮食局", true, "本报北京8月29日电", "北京", "8月29日", "国家粮食局"},
		{"新华社北京8月29日电（记者 王某）", true, "新华社北京8月29日电", "北京", "8月29日", "（记者 王某）"},
		{"三湘都市报8月29日讯", true, "三湘都市报8月29日讯", "", "8月29日", ""},
		{"本报长沙2024年9月2日讯", true, "本报长沙2024年9月2日讯", "长沙", "2024年9月2日", ""},
		{"中新网上海９月１日电", true, "中新网上海９月１日电", "上海", "９月１日", ""},
		// Not datelines.
		{"8月29日下午，全省打造", false, "", "", "", ""},
		{"8月29日电视电话会议召开", false, "", "", "", ""},
		{"省政府8月29日电视电话会议", false, "", "", "", ""},
		{"电视台记者", false, "", "", "", ""},
		{"中国电信今天宣布", false, "", "", "", ""},
		{"本报记者 王某", false, "", "", "", ""},
		{"通讯员报道", false, "", "", "", ""},
		{"【编者按】", false, "", "", "", ""},
	}
	for _, tt := range tests {
		d, rest, ok := parseDateline(tt.in)
		if ok != tt.ok {
			t.Errorf("parseDateline(%q) ok = %v, want %v (%+v)", tt.in, ok, tt.ok, d)
			continue
		}
		if ok && (d.text != tt.text || d.place != tt.place || d.date != tt.date || rest != tt.rest) {
			t.Errorf("parseDateline(%q) = %+v rest %q; want %q %q %q rest %q", tt.in, d, rest, tt.text, tt.place, tt.date, tt.rest)
		}
	}
}

func TestParseBylineLine(t *testing.T) {
	tests := []struct {
		in    string
		ok    bool
		org   string
		roles string
		names string
	}{
		{"■湖南日报全媒体记者 邓晶琎 孙敏坚", true, "湖南日报", "全媒体记者", "邓晶琎,孙敏坚"},
		{"□通讯员 刘芳", true, "", "通讯员", "刘芳"},
		{"●记者 钱小雨 通讯员 黄𠮷祥", true, "", "记者,通讯员", "钱小雨,黄𠮷祥"},
		{"本报记者 王磊", true, "本报", "记者", "王磊"},
		{"记者 张国栋 刘敏", true, "", "记者", "张国栋,刘敏"},
		{"记者 张 敏", true, "", "记者", "张敏"},
		{"实习生 吴宇航", true, "", "实习生", "吴宇航"},
		{"文/图 赵一鸣", true, "", "文/图", "赵一鸣"},
		{"文／图 赵一鸣", true, "", "文/图", "赵一鸣"},
		{"本报评论员", true, "本报", "评论员", ""},
		{"（记者 林晓雯 通讯员 周建国）", true, "", "记者,通讯员", "林晓雯,周建国"},
		{"（记者 王晓明、李华）", true, "", "记者", "王晓明,李华"},
		{"本报特约记者 欧阳文华", true, "本报", "特约记者", "欧阳文华"},
		{"记者 约翰·史密斯", true, "", "记者", "约翰·史密斯"},
		// Not bylines.
		{"记者从省发改委获悉，今年以来", false, "", "", ""},
		{"记者现场看到", false, "", "", ""},
		{"（记者 苏文 摄）", false, "", "", ""},
		{"通讯员们纷纷表示赞同", false, "", "", ""},
		{"（完）", false, "", "", ""},
		{"●坚持稳中求进。要把握好节奏。", false, "", "", ""},
	}
	for _, tt := range tests {
		c, ok := parseBylineLine(tt.in)
		if ok != tt.ok {
			t.Errorf("parseBylineLine(%q) ok = %v, want %v (%+v)", tt.in, ok, tt.ok, c)
			continue
		}
		if !ok {
			continue
		}
		if c.org != tt.org || strings.Join(c.roles, ",") != tt.roles || strings.Join(c.names, ",") != tt.names {
			t.Errorf("parseBylineLine(%q) = %+v; want org %q roles %q names %q", tt.in, c, tt.org, tt.roles, tt.names)
		}
	}
}

func TestClassifyText(t *testing.T) {
	tests := []struct {
		in   string
		want unitKind
	}{
		{"编者按：今天起开设专栏。", uNote},
		{"【编者按】人工智能正加速落地。", uNote},
		{"（下转第三版）", uJump},
		{"(下转A3版)", uJump},
		{"（上接第1版）", uJump},
		{"第3版", uNoise},
		{"A3版 要闻", uNoise},
		{"2022年8月30日 星期二", uNoise},
		{"责任编辑 王小丽", uByline}, // an editor trailer is a byline (issue 10)
		{"责任编辑：何静 美术编辑：李娜", uNoise},
		{"12", uNoise},
		{"图为村民在稻田里抢收晚稻。", uCaption},
		{"▲收割机在田间作业。", uCaption},
		{"△插秧机", uCaption},
		{"游客在花海中拍照。（记者 苏文 摄）", uCaption},
		{"扫码看视频", uCaption},
		{"扫码观看现场视频", uCaption},
		{"■本报记者 王磊", uByline},
		{"（记者 郑雨桐）", uByline},
		{"今年全县晚稻种植面积达到三十万亩。", uText},
		{"第三版的消息引起关注。", uText},
		{"2022年是关键的一年", uText},
		{"图书馆开放时间延长", uText},
	}
	for _, tt := range tests {
		if got, _, _ := classifyText(tt.in); got != tt.want {
			t.Errorf("classifyText(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"他说。", true},
		{"真的吗？", true},
		{"好！", true},
		{"……", true},
		{"“成为常态。”", true},
		{"（见图。）", true},
		{"一是抓好秋收；", true},
		{"工作如下：", true},
		{"It works.", true},
		{"打造内陆地", false},
		{"拓展高地建设，", false},
		{"“关键一招”", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := endsSentence(tt.in); got != tt.want {
			t.Errorf("endsSentence(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestJoinLines(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"打造内陆地", "区改革开放"}, "打造内陆地区改革开放"},
		{[]string{"opened with a", "set"}, "opened with a set"},
		{[]string{"搜索“Jinggang", "Night”即可"}, "搜索“Jinggang Night”即可"},
		{[]string{"搜索“Metro", "Guide”"}, "搜索“Metro Guide”"},
		{[]string{"坐垫，", "“席地而坐”", "听音乐"}, "坐垫，“席地而坐”听音乐"},
		{[]string{"可达300", "Mbps"}, "可达300 Mbps"},
		{[]string{"state-of-the-", "art"}, "state-of-the-art"},
		{[]string{"관객이 스마트폰으로", "한국어"}, "관객이 스마트폰으로 한국어"},
		{[]string{"开幕した。", "今年は"}, "开幕した。今年は"},
		{[]string{"AI", "自幕"}, "AI自幕"},
	}
	for _, tt := range tests {
		var ls []srcLine
		for i, l := range tt.lines {
			ls = append(ls, srcLine{text: l, no: i + 1})
		}
		if got := joinLines(ls); got != tt.want {
			t.Errorf("joinLines(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}

func TestTrimSpace(t *testing.T) {
	for in, want := range map[string]string{
		"\u3000\u3000正文": "正文",
		"  正文  \t":       "正文",
		"\u00a0正文\u3000": "正文",
		"\ufeff# 标题":     "# 标题",
		"正 文":            "正 文",
		"\u3000":         "",
	} {
		if got := trimSpace(in); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"# 标题\n\n这是简体中文的报道。", "zh-Hans"},
		{"# 標題\n\n這是繁體中文的報導。", "zh-Hant"},
		{"# 見出し\n\nこれは日本語の記事です。", "ja"},
		{"# 제목\n\n이것은 한국어 기사입니다.", "ko"},
		// One Japanese name in Chinese text does not make it Japanese.
		{"# 标题\n\n日本作家村上春树的新作《ノルウェイ》在中国出版，引起读者广泛关注和热烈讨论，销量很好，出版社表示将在明年推出更多译本，满足国内读者的阅读需求。", "zh-Hans"},
	}
	for _, tt := range tests {
		if got := mustRead(t, tt.in).Lang; got != tt.want {
			t.Errorf("lang of %q = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseDatelineMore(t *testing.T) {
	for in, want := range map[string]string{
		"【中央社台北10日電】行政院今天": "【中央社台北10日電】|台北|10日",
		"本报讯（记者 王某）":       "本报讯||",
		"新华社北京2024年10月1日电": "新华社北京2024年10月1日电|北京|2024年10月1日",
		"本报上海十月一日电":        "本报上海十月一日电|上海|十月一日",
		"截至10日电力供应平稳":      "",
		"今年10日电":           "今年10日电|今年|10日",
	} {
		d, _, ok := parseDateline(in)
		got := ""
		if ok {
			got = d.text + "|" + d.place + "|" + d.date
		}
		if got != want {
			t.Errorf("parseDateline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseCreditSlash(t *testing.T) {
	c, ok := parseBylineLine("■文/本报记者 刘晓 图/本报记者 陈光")
	if !ok || c.org != "本报" || strings.Join(c.roles, ",") != "文,记者,图" || strings.Join(c.names, ",") != "刘晓,陈光" {
		t.Errorf("got %+v, %v", c, ok)
	}
	c, ok = parseBylineLine("文/图 本报记者 梁启明")
	if !ok || strings.Join(c.roles, ",") != "文/图,记者" {
		t.Errorf("got %+v, %v", c, ok)
	}
}
