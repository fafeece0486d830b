package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// tuneGC trades memory for speed, within a bound. paiban is a short-lived
// batch tool whose heap is mostly the inputs in flight: collecting at 5×
// the live heap instead of 2× spares most collections of a small run. A
// soft memory limit caps that headroom at gcFloor while the live heap is
// small (a 1,600-page PDF, written page by page, keeps some 25 MB live and
// would otherwise grow to 150 MB of garbage), and is raised after each
// collection to gcRoom times the live heap, so that a large tree is never
// collected over and over against a limit it cannot get under. GOGC and
// GOMEMLIMIT, when set, win.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(gcFloor)
		armGCLimit()
	}
}

const (
	gcFloor = 120 << 20 // bytes
	gcRoom  = 4
	gcCap   = 2 << 30 // bytes: the limit is never raised beyond this for headroom's sake
)

// gcLimit is the soft memory limit for a live heap of live bytes.
func gcLimit(live uint64) int64 {
	l := int64(live) * gcRoom
	if l > gcCap {
		l = max(gcCap, int64(live)+int64(live)/2)
	}
	return max(gcFloor, l)
}

// gcSentinel is garbage whose finalizer runs once after each collection.
type gcSentinel struct{ _ [16]byte }

// armGCLimit sets the limit from the live heap after the next collection,
// and again after every one after it.
func armGCLimit() {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(s)
		if s[0].Value.Kind() == metrics.KindUint64 {
			debug.SetMemoryLimit(gcLimit(s[0].Value.Uint64()))
		}
		armGCLimit()
	})
}
