package newstext

import (
	"slices"
	"testing"
)

// TestForecastRowNoEditionDate: a forecast's row dated with 年月日, the
// sky and the day's temperatures (2026年12月7日　多云　8℃～15℃), alone
// between blank lines, is a paragraph (a weather table's row), not an
// edition's date line; the edition's own date lines, with the weekday or
// the lunar date beside the date, stay furniture, and rows dated 12月7日
// stay rows.
func TestForecastRowNoEditionDate(t *testing.T) {
	for _, tt := range []struct {
		row  string
		want string // noiseKind
	}{
		{"2026年12月7日　多云　8℃～15℃", ""},
		{"2026年12月7日　星期一　-3℃～6℃", ""},
		{"2026年12月7日 晴 8°C～15°C", ""},
		{"2026年12月7日　阴转小雪　-2℃", ""},
		{"12月7日　多云　8℃～15℃", ""},
		// look-alikes: an edition's date line
		{"2026年12月7日　星期一　农历十月廿八", noiseDate},
		{"2026年12月7日　星期一", noiseDate},
		// a masthead's date line giving the day's weather (review 25b)
		{"2026年12月7日　星期一　晴　-2℃～8℃", noiseDate},
		{"2026年12月7日　星期一　农历十月廿八　晴　-2℃～8℃", noiseDate},
		{"江城日报　2026年12月7日　第5版", noiseFolio},
	} {
		if got := noiseKind(tt.row); got != tt.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tt.row, got, tt.want)
		}
		if tt.want != "" {
			continue
		}
		page := "冷空气周末抵达　气温明显下降\n\n本报讯　记者从市气象台获悉，受冷空气影响，本周末我市将出现降温天气。\n\n" +
			tt.row + "\n\n气象部门提醒，早晚温差较大，市民出行注意添衣保暖。\n"
		d := mustRead(t, page)
		if k := kindsOf(d); !slices.Contains(k, "paragraph "+tt.row) {
			t.Errorf("%s: %v, want it a paragraph", tt.row, k)
		}
		roundTrip(t, d)
	}
}
