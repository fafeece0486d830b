package newstext

// A Japanese culture page heads its notices of exhibitions, concerts and
// talks with the kind of event in square or lenticular brackets over
// the notice's title, ［展覧会］ / 信濃の木版画　百年の歩み, as a box's
// rubric (［現場から］, ［用語］) is set: a kicker. The kind names no place,
// though it is kanji alone as 【佐久】 is: read as a dateline, it opened an
// article with no headline and left the title under it a paragraph
// (blind round 85). jaArtEventEnds end such a kind: an exhibition's
// (展覧会, 写真展, 企画展: …展), a concert's, a talk's, a screening's, a
// festival's (…祭). A town's name ends in none of them; a bracket
// holding one, 【長野市】, 【松本】, stays a dateline.

// jaArtEventEnds end the word of a cultural event's kind (see above).
var jaArtEventEnds = []string{"展覧会", "展示会", "展", "演奏会", "音楽会", "講演会", "発表会", "上映会", "鑑賞会", "朗読会", "公演", "祭", "コンサート", "リサイタル", "フェスティバル"}

// jaArtEvent reports a bracket's text naming a cultural event's kind
// (jaArtEventEnds), no place.
func jaArtEvent(in string) bool { return hasAnySuffix(in, jaArtEventEnds) }
