package batch

import (
	"fmt"
	"testing"
)

// TestShareOfStreams checks that the documents of one input are dealt
// round the shares, each to exactly one, and that standard input starts
// at share 0, so a lone document on it is converted once, by share 0.
func TestShareOfStreams(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		docs int
		n    int
	}{
		{"stdin stream", Input{Path: Stdin, Rel: "stdin"}, 10, 3},
		{"stdin lone document", Input{Path: Stdin, Rel: "stdin"}, 1, 4},
		{"file stream", Input{Path: "x/t.jsonl", Rel: "t.jsonl"}, 9, 4},
		{"file", Input{Path: "x/p.txt", Rel: "p.txt"}, 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			count := make([]int, tt.n)
			for k := range tt.docs {
				s := ShareOf(tt.in, k, tt.n)
				if s < 0 || s >= tt.n {
					t.Fatalf("document %d: share %d of %d", k, s, tt.n)
				}
				count[s]++
			}
			for s, c := range count {
				if lo := tt.docs / tt.n; c < lo || c > lo+1 {
					t.Errorf("share %d has %d of %d documents: %v", s, c, tt.docs, count)
				}
			}
			if tt.in.Path == Stdin && ShareOf(tt.in, 0, tt.n) != 0 {
				t.Errorf("first document on stdin in share %d, want 0", ShareOf(tt.in, 0, tt.n))
			}
			if tt.in.Path != Stdin && ShareOf(tt.in, 0, tt.n) != ShardOf(tt.in.Rel, tt.n) {
				t.Error("a file's first document is not in the share of its path")
			}
		})
	}
}

// TestShardStdin checks that standard input is one job of share 0, for
// every n: no share drops it, no two convert it.
func TestShardStdin(t *testing.T) {
	jobs := []Job{{Input: Input{Path: Stdin, Rel: "stdin"}}}
	for n := 1; n <= 8; n++ {
		for i := range n {
			t.Run(fmt.Sprintf("%d/%d", i, n), func(t *testing.T) {
				got := len(Shard(jobs, i, n))
				if want := map[bool]int{true: 1, false: 0}[i == 0]; got != want {
					t.Errorf("share %d/%d has %d stdin jobs, want %d", i, n, got, want)
				}
			})
		}
	}
}
