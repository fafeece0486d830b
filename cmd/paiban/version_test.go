package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestMakeBuildSetsVersion checks that `make build` gives the binary a
// real version (git describe) for --version, and that it is printed.
func TestMakeBuildSetsVersion(t *testing.T) {
	make, err := exec.LookPath("make")
	if err != nil {
		t.Skip("no make")
	}
	out, err := exec.Command(make, "-n", "-C", "../..", "build", "VERSION=v9.9.9-3-gabcdef").CombinedOutput()
	if err != nil {
		t.Fatalf("make -n build: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "-X main.version=v9.9.9-3-gabcdef") {
		t.Errorf("make build does not set the version:\n%s", out)
	}
	saved := version
	defer func() { version = saved }()
	version = "v9.9.9-3-gabcdef"
	r := paiban(t, "", "--version")
	r.want(t, 0)
	if !strings.HasPrefix(r.stdout, "paiban v9.9.9-3-gabcdef ") {
		t.Errorf("--version printed %q", r.stdout)
	}
}
