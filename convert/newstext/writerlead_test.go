package newstext

import (
	"bytes"
	"context"
	"testing"
)

// TestWriterBylineAfterDateline: a byline that reads as one only run in
// after a dateline (a bracket of names, datelineBracketCredit) is written
// on the dateline's line, since alone on its line under the dateline it
// reads as a head; one that reads as a byline alone keeps its own line.
// (fuzz input 79a602.)
func TestWriterBylineAfterDateline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"视网消息： （张晓宇 孙悦）亮0", "视网消息：（张晓宇 孙悦）\n\n\u3000\u3000亮0\n"},
		{"新华社北京12月6日电（记者张晓宇）今天开会。", "新华社北京12月6日电\n\n（记者张晓宇）\n\n\u3000\u3000今天开会。\n"},
		{"中新网北京12月5日电（王芳）今天开会。", "中新网北京12月5日电\n\n（王芳）\n\n\u3000\u3000今天开会。\n"},
	} {
		d := mustRead(t, tc.in)
		var buf bytes.Buffer
		if err := NewWriter().Write(context.Background(), &buf, d); err != nil {
			t.Fatal(err)
		}
		if buf.String() != tc.want {
			t.Errorf("%q: wrote %q, want %q", tc.in, buf.String(), tc.want)
		}
		roundTrip(t, d)
	}
}
