package newstext

import "sync"

// Character tables used for encoding detection and language detection.
// They are built once from string constants and never modified.

// simpTradPairs lists common characters as simplified/traditional pairs
// whose forms differ and are not used in the other script, so a traditional
// member marks zh-Hant text and a simplified member zh-Hans text.
const simpTradPairs = "国國们們这這会會来來时時说說学學对對过過还還点點开開经經发發业業与與关關实實现現见見长長问問门門车車东東书書体體电電话話为為动動进進种種样樣当當没沒从從产產机機义義么麼报報讯訊记記区區设設务務应應场場华華强強员員个個师師语語气氣边邊间間听聽写寫让讓认認识識请請谢謝读讀论論议議证證评評调調计計划劃团團组組织織级級线線红紅结結给給统統继繼续續约約纪紀网網观觀规規视視览覽亲親觉覺贝貝负負责責费費资資质質购購买買卖賣贸貿赛賽贵貴导導将將层層岁歲币幣带帶帮幫广廣庆慶库庫张張弹彈录錄总總忆憶态態怀懷惯慣战戰护護挥揮换換据據择擇摄攝数數敌敵断斷无無旧舊显顯杂雜权權条條极極构構标標树樹桥橋检檢楼樓欢歡欧歐历歷毕畢汇匯汤湯沟溝济濟浓濃涨漲湾灣满滿灯燈灵靈炼煉热熱爱愛状狀独獨环環疗療监監盘盤础礎确確离離积積称稱稳穩笔筆筑築简簡类類紧緊练練细細终終绍紹绝絕编編缘緣罗羅职職联聯肃肅脑腦脸臉节節苏蘇范範药藥虽雖补補装裝访訪诉訴试試该該详詳误誤谈談谁誰贯貫赵趙趋趨跃躍转轉较較输輸辈輩达達迁遷运運远遠连連迟遲选選递遞钱錢铁鐵银銀链鏈锋鋒错錯闭閉闻聞阵陣阳陽际際陆陸陈陳险險随隨难難须須顾顧领領频頻题題风風飞飛饭飯马馬驾駕验驗鱼魚鸟鳥龙龍齐齊党黨烟煙营營围圍图圖园園圆圓坚堅坛壇处處备備复復头頭夺奪奋奮妇婦孙孫宁寧宝寶寻尋尔爾尽盡岛島并並废廢异異弃棄归歸彻徹忧憂怜憐恶惡惊驚惩懲扩擴扫掃扬揚执執扰擾担擔拥擁挤擠损損摇搖敛斂晋晉晓曉暂暫术術杀殺杰傑枪槍档檔梦夢汉漢沪滬泪淚泽澤洁潔浅淺测測浑渾湿濕灭滅灾災炉爐烂爛爷爺牵牽犹猶猎獵画畫畅暢疯瘋盖蓋盐鹽码碼砖磚礼禮祸禍穷窮窃竊竞競签簽粮糧纠糾纤纖纯純纲綱纳納纵縱纷紛纸紙绕繞绘繪络絡绩績维維综綜绿綠缓緩缩縮罚罰罢罷聪聰肤膚胜勝舰艦艺藝苍蒼荣榮获獲蓝藍虑慮袭襲誉譽讨討训訓讲講许許词詞诗詩诚誠询詢诸諸课課谋謀谓謂贡貢财財贤賢败敗货貨贴貼贷貸赋賦赏賞赔賠赖賴赚賺赞贊践踐轨軌轮輪软軟轻輕载載辅輔辆輛辖轄辞辭辽遼违違适適逻邏遗遺邮郵邻鄰郑鄭释釋针針钟鐘钢鋼铜銅销銷锁鎖键鍵镇鎮闪閃闹鬧阅閱队隊阶階隐隱雾霧页頁顶頂项項顺順顿頓预預颜顏额額饮飲饰飾馆館驱驅驶駛驻駐骑騎骗騙鲁魯鲜鮮鸡雞鸣鳴鹏鵬麦麥黄黃齿齒龄齡湘湘"

// commonHan lists frequent Chinese characters (simplified forms; the
// traditional forms come from simpTradPairs) used to score a legacy
// decoding: real text is full of them, mis-decoded bytes are not.
const commonHan = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵侧催敬朗侦吹幅呆岩缘铜伴伪燃灰幕喊劝插瓦扫倾韩洗罚违汇忠跌沿庆湘"

// commonPunct lists CJK punctuation frequent in Chinese text.
const commonPunct = "，。、：；“”‘’（）《》！？「」『』—…【】〔〕·"

// runeSet is a bit set over the Basic Multilingual Plane.
type runeSet [1 << 10]uint64

func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < 1<<16 && s[r>>6]&(1<<(uint(r)&63)) != 0
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		s[r>>6] |= 1 << (uint(r) & 63)
	}
}

// scriptSets holds the derived tables; built by buildSets on first use
// (charSets), not at init, so that --version and the writers' paths do not
// pay for them.
type scriptSets struct {
	simpOnly, tradOnly, common runeSet
}

// charSets returns the tables, built once.
var charSets = sync.OnceValue(buildSets)

func buildSets() *scriptSets {
	s := new(scriptSets)
	rs := []rune(simpTradPairs)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] == rs[i+1] {
			continue
		}
		s.simpOnly.add(rs[i])
		s.tradOnly.add(rs[i+1])
		s.common.add(rs[i+1])
	}
	for _, r := range commonHan + commonPunct {
		s.common.add(r)
	}
	// Pairs whose simplified member is common add their traditional
	// member above; the simplified one is in commonHan already or rare.
	return s
}

func isCommonChinese(r rune) bool { return charSets().common.has(r) }

// isHan reports whether r is a CJK unified ideograph (BMP blocks and the
// supplementary planes' extensions).
func isHan(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) ||
		(r >= 0xF900 && r <= 0xFAFF) || (r >= 0x20000 && r <= 0x3134F)
}

// isKana reports hiragana and katakana letters (not the middle dot or the
// prolonged sound mark, which Chinese text borrows).
func isKana(r rune) bool {
	return (r >= 0x3041 && r <= 0x3096) || (r >= 0x30A1 && r <= 0x30FA) ||
		(r >= 0x31F0 && r <= 0x31FF) || (r >= 0xFF66 && r <= 0xFF9D)
}

// isHangul reports Hangul syllables and jamo.
func isHangul(r rune) bool {
	return (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0x1100 && r <= 0x11FF) ||
		(r >= 0x3130 && r <= 0x318F)
}

// isWide reports characters after or before which a hard wrap joins with
// no space: CJK ideographs, kana, Hangul, fullwidth forms and CJK punctuation.
//
// Hangul is not among them: Korean separates words with spaces, so a wrap
// between Hangul words is a space.
func isWide(r rune) bool {
	switch {
	case r < 0x1100, isHangul(r):
		return false
	case r >= 0x2E80 && r <= 0x9FFF,
		r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
		r >= 0x3000 && r <= 0x303F,
		r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x20000 && r <= 0x3FFFD:
		return true
	case r >= 0x25A0 && r <= 0x25FF: // ■□●▲△ markers are set solid too
		return true
	}
	return false
}

// isNeutral reports punctuation shared by Latin and CJK text (curly
// quotes, dashes, ellipsis); whether a wrap beside it takes a space is
// decided by the letter beyond it.
func isNeutral(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '"', '\'', '—', '–', '…', '·', '(', ')':
		return true
	}
	return false
}

// hasHangul reports whether s holds a Hangul syllable (isHangul).
// (Written out, byte by byte: a Hangul rune's lead byte is 0xE1 (jamo),
// 0xE3 (compatibility jamo) or 0xEA to 0xED (syllables), none of which is
// ever a continuation byte, so only those bytes are looked at and their
// two continuation bytes tested by range; a line of Chinese, whose lead
// bytes are 0xE4 to 0xE9, is passed over with one comparison a byte, not
// decoded rune by rune.)
func hasHangul(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if c < 0xE1 || c > 0xED {
			continue
		}
		c1, c2 := s[i+1], s[i+2]
		if c2&0xC0 != 0x80 {
			continue
		}
		if c >= 0xE4 && c <= 0xE9 {
			if c1&0xC0 == 0x80 {
				i += 2 // a Han rune's: its continuation bytes lead nothing
			}
			continue
		}
		switch c {
		case 0xE1: // U+1100–U+11FF: E1 84 80 – E1 87 BF
			if c1 >= 0x84 && c1 <= 0x87 {
				return true
			}
		case 0xE3: // U+3130–U+318F: E3 84 B0 – E3 86 8F
			if c1 == 0x84 && c2 >= 0xB0 || c1 == 0x85 || c1 == 0x86 && c2 <= 0x8F {
				return true
			}
		case 0xEA: // U+AC00–U+AFFF: EA B0 80 – EA BF BF
			if c1 >= 0xB0 && c1 <= 0xBF {
				return true
			}
		case 0xEB, 0xEC: // U+B000–U+CFFF
			if c1&0xC0 == 0x80 {
				return true
			}
		case 0xED: // U+D000–U+D7A3: ED 80 80 – ED 9E A3
			if c1 >= 0x80 && c1 < 0x9E || c1 == 0x9E && c2 <= 0xA3 {
				return true
			}
		}
	}
	return false
}
