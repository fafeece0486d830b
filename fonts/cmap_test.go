package fonts

import "testing"

func TestBuildCmap4(t *testing.T) {
	tests := []struct {
		name string
		es   []cmapEntry
	}{
		{"empty", nil},
		{"delta run", []cmapEntry{{0x41, 1}, {0x42, 2}, {0x43, 3}}},
		{"shared and shuffled glyphs", []cmapEntry{{0x41, 5}, {0x42, 2}, {0x43, 2}, {0x44, 9}, {0x45, 1}, {0x46, 7}}},
		{"mixed", []cmapEntry{{0x20, 1}, {0x21, 2}, {0x4E00, 3}, {0x4E01, 3}, {0x4E02, 4}, {0x4E03, 5},
			{0x4E04, 6}, {0x4E05, 7}, {0x4E06, 8}, {0x4E07, 9}, {0x4E08, 2}, {0xFFFD, 10}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := findCmap4(buildCmap4(tc.es), 11)
			if err != nil {
				t.Fatal(err)
			}
			want := map[rune]uint16{}
			for _, e := range tc.es {
				want[rune(e.r)] = e.g
			}
			for r := rune(0); r <= 0xFFFF; r++ {
				if got := c.lookup(r); got != want[r] {
					t.Fatalf("lookup(%U) = %d, want %d", r, got, want[r])
				}
			}
		})
	}
}
