package layout

import (
	"sync"
	"testing"
)

// TestColumnsMatchRuneColumns checks the page cache behind Columns.Advance
// against RuneColumns for every character of the BMP and some beyond, with
// goroutines racing to fill the same pages.
func TestColumnsMatchRuneColumns(t *testing.T) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := rune(0); r < 0x10000+0x200; r++ {
				for _, wide := range []bool{false, true} {
					if got, want := (Columns{AmbiguousWide: wide}).Advance(r), float64(RuneColumns(r, wide)); got != want {
						t.Errorf("Advance(%U, ambiguous wide %v) = %v, want %v", r, wide, got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
