// Package newstext reads newspaper-style text into paiban's document tree
// (package doc) and writes a tree back as normalized newspaper text.
//
// # Input
//
// Text is UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030 (which
// covers GBK and GB2312) or Big5; the encoding is detected unless
// WithEncoding names it. GB18030 and Big5 are told apart by decoding with
// both and scoring how much of the result is common Chinese. Line ends may
// be LF, CRLF or CR; text is normalized to NFC; leading U+3000 indents and
// stray spaces are stripped. Input that is empty, blank, binary or not
// decodable is refused with a *doc.InputError naming the line.
//
// # Conventions
//
// Blocks are separated by blank lines; lines within a block are hard
// wraps, joined with no space between CJK characters and one space
// between Latin words. Within a block, a line that stands alone (a byline,
// a folio, a jump line, a "# " line) or an indented line after a finished
// sentence starts a new block.
//
//   - "# " starts an article with its headline. The short unpunctuated
//     line(s) directly above it (up to three) are its kicker, and an
//     editor's note directly above those belongs to the new article too.
//     A line starting with "——" right below is the subheadline. "## "
//     opens a section (a heading and the nodes under it).
//   - Text before the first headline forms an untitled first article
//     (page furniture alone is simply put in front of the first article).
//   - Datelines (本报讯, 【本報訊】, 本报北京8月29日电, 新华社北京8月29日电,
//     三湘都市报8月29日讯) stand alone or lead the article's first
//     paragraph, optionally followed by a bracketed credit:
//     本报讯（记者 林某 通讯员 周某）9月2日上午… gives a dateline, a
//     byline and a paragraph. Place and date are parsed where present.
//   - Bylines: lines starting with ■ □ ●; 本报记者 X, 记者 X Y, 通讯员 X,
//     实习生 X, 文/图 X, 本报评论员; a bracketed credit （记者 X Y） alone
//     or ending a paragraph (then split off after it). The organisation,
//     roles and names (2–4 Han characters) are parsed.
//   - Captions: 图为…, ▲ and △ markers, text ending in a photo credit
//     （记者 X 摄）, media prompts such as 扫码看视频.
//   - Editor's notes: 编者按：…, 【编者按】…
//   - Jump lines （下转第三版）, （上接第1版） alone, or at the end or
//     start of a paragraph (split off).
//   - Page furniture (folios such as 第3版, edition dates such as
//     2022年8月30日 星期二, desk credits such as 责任编辑 X, lone page
//     numbers) is kept as noise with a warning.
//   - A body paragraph that does not end a sentence (。！？… ；： or a
//     closing quote or bracket after one) continues into a paragraph that
//     directly follows it: column and page breaks are joined, with a
//     warning. A one-line block the page set apart (clearly wider than
//     its measure, closing on a credit after its sentence, or ending in
//     a stamp's date and time) was cut by no break, and a paragraph
//     opening indented under an unindented line is no break's rest:
//     neither is joined.
//   - A line opening with the 2em paragraph indent (exactly two U+3000)
//     starts a body paragraph: it is never a title line (kicker,
//     headline, subheadline, unnumbered head) and never joined to the
//     paragraph above it. Its form is still read (a dateline leading it,
//     a credit ending it, a head's numbering), as printed pages indent
//     those too. Only OCR's indented title, one or two short unpunctuated
//     lines touching the indented line a dateline opens, is a title
//     (indenttitle.go): the writer never sets two lines touching.
//   - A block opening with a backslash (or what is left of one after a
//     dateline, jump or lead-in is split off) is exactly as written:
//     nothing in it is recognised, the backslash is dropped ("\# 话题" is a
//     paragraph "# 话题"; a kicker when it stands right above a headline).
//   - A dinkus, a block of three or more asterisks (or ◇ ◆ ※ ☆ ★) alone
//     ("* * *", "＊＊＊", "◇◇◇"), or such a line alone opening a block or
//     under a line that finished its sentence, is a break. Inside an article, with body
//     text right below it (no headline, kicker or dateline), it is a
//     scene break: the article goes on in an untitled section headed by
//     the mark. Otherwise it is an article break: what follows starts an
//     article, with or without a headline.
//
// Nothing is lost: every character of the input other than white space
// and the markers ("#", "——", the escape backslash, the marks of an
// article break) ends up in a node's text or a diagnostic.
//
// # Output: normalized text
//
// Writer writes the tree as normalized newspaper text, which reads back
// to the same tree: UTF-8, LF line ends, one block per node with a blank
// line between, each block one line. Every role carries its own evidence,
// so that no guess of the reader's is needed to read it:
//
//	引题                kicker: a line right above the headline
//	# 主题              headline
//	——副题            subheadline, right under the headline
//	新华社北京9月1日电  dateline, byline, caption, note, jump and
//	（记者 王晓明）     noise: their own text, not indented
//	　　正文……        paragraph: the 2em indent (two U+3000)
//	## 小标题           section heading ("###" for a section in a section)
//	* * *               article break, above an article with no headline
//	　　\# 不是标题     escaped paragraph: exactly as written
//
// A paragraph (or kicker) that would read as something else on its own
// (it opens with "# " or a dash, leads with a dateline form, ends with a
// credit or jump, has a head's numbering, a caption's, byline's, note's
// or furniture's form, or an OCR space the reader would remove) is
// escaped. Each is rare in real text, so the output reads as a plain,
// indented newspaper page. Writing, reading back and writing again gives
// the same bytes.
//
// The writer reads its text back; when that gives another tree (a page
// no editor would set, where a form read from its neighbours reads
// otherwise once they are written apart, or a tree built elsewhere in a
// shape the reader never makes), it writes the tree itself instead: the
// JSON format's document between a "```paiban-tree" line and a "```"
// line. A page that is exactly such a fence reads as that tree.
package newstext
