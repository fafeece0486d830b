package convert_test

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/paiban/paiban/convert"
)

// Convert a page to IPTC ninjs: here the JSON Lines form, one news item
// per article, as `paiban convert --jsonl --to ninjs` streams it.
func ExampleRegistry_WriteLines() {
	ctx := context.Background()
	d, err := convert.Read(ctx, strings.NewReader(page), convert.Options{Name: "page.txt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	var out bytes.Buffer
	opts := convert.Options{Date: time.Date(2024, 9, 2, 12, 0, 0, 0, time.UTC)}
	if err := convert.Default().WriteLines(ctx, &out, d, "ninjs", opts); err != nil {
		fmt.Println(err)
		return
	}
	// The item in full has the body as HTML and plain text; show the rest.
	fmt.Print(regexp.MustCompile(`,"bodies":.*}`).ReplaceAllString(out.String(), "}"))
	// Output:
	// {"uri":"urn:uuid:0abb1ca7-7ea6-56bd-96eb-00c7d7926f19","standard":{"name":"ninjs","version":"3.2","schema":"http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#"},"type":"text","representationType":"full","versionCreated":"2024-09-02T12:00:00Z","language":"zh-Hans","headlines":[{"role":"main","value":"地铁四号线北延段今日通车"},{"role":"kicker","value":"湘江新区"}],"by":"（记者 林晓 通讯员 周成）","people":[{"name":"林晓","rel":"记者"},{"name":"周成","rel":"通讯员"}]}
}

// Convert a page to a self-contained web page, set vertically.
func ExampleConvert_html() {
	var out bytes.Buffer
	err := convert.Convert(context.Background(), strings.NewReader(page), &out,
		convert.Options{Name: "page.txt", To: "html", Vertical: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	body := out.String()[strings.Index(out.String(), "<main>"):]
	fmt.Print(body)
	// Output:
	// <main>
	// <article id="a1">
	// <header>
	// <p class="kicker">湘江新区</p>
	// <h1>地铁四号线北延段今日通车</h1>
	// <p class="dateline">本报讯</p>
	// <address class="byline">（记者 林晓 通讯员 周成）</address>
	// </header>
	// <p><span class="tcy">9</span>月<span class="tcy">2</span>日上午，长沙地铁四号线北延段正式开通运营。</p>
	// <p>新线全长八点六公里，设车站六座。</p>
	// </article>
	// </main>
	// </body>
	// </html>
}
