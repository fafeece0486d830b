//go:build !unix

package newstext

import "time"

// cpuTime returns 0: the process's CPU time is read on Unix only, and
// benchRead then reports wall time alone.
func cpuTime() time.Duration { return 0 }
