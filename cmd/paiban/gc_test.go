package main

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestGCLimit: the soft limit is gcFloor for a small live heap, gcRoom
// times the heap above it, and never below the live heap itself.
func TestGCLimit(t *testing.T) {
	for _, tt := range []struct {
		live uint64
		want int64
	}{
		{0, gcFloor},
		{20 << 20, gcFloor},
		{100 << 20, 400 << 20},
		{1 << 30, 2 << 30},
		{3 << 30, 4<<30 + 1<<29},
	} {
		if got := gcLimit(tt.live); got != tt.want {
			t.Errorf("gcLimit(%d MB) = %d MB; want %d MB", tt.live>>20, got>>20, tt.want>>20)
		}
	}
}

// TestGCLimitFollowsLiveHeap: after a collection with a large live heap,
// the limit is raised above it (else every allocation would collect).
func TestGCLimitFollowsLiveHeap(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	tuneGC(func(string) string { return "" })
	if got := debug.SetMemoryLimit(-1); got != gcFloor {
		t.Fatalf("limit %d MB after tuneGC; want %d MB", got>>20, gcFloor>>20)
	}
	big := make([]byte, 200<<20)
	for i := range big {
		big[i] = 1
	}
	deadline := time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) < 200<<20*gcRoom && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if got := debug.SetMemoryLimit(-1); got < 200<<20*gcRoom {
		t.Errorf("limit %d MB with 200 MB live; want at least %d MB", got>>20, 200*gcRoom)
	}
	runtime.KeepAlive(big)
}
