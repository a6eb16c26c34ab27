package main

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
)

// A file changed after it was loaded forgets the version in the graph,
// found by its origin (source and file name), and says so.
func TestForgetChangedFile(t *testing.T) {
	dir := t.TempDir()
	files := exampleCopies(t, dir, dgraphtest.Nonce(t))
	if out, errOut, code := cli(t, dir, "", "load", files[0]); code != 0 {
		t.Fatalf("load: exit %d\n%s%s", code, out, errOut)
	}
	stored := xidsOf(t, files[:1])
	f, err := os.OpenFile(files[0], os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("Nachtrag: Die Redaktion hat den Text nach dem Laden ergänzt.\n"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if changed := xidsOf(t, files[:1]); changed[0] == stored[0] {
		t.Fatal("the edit did not change the article's xid")
	}
	out, errOut, code := cli(t, dir, "", "forget", files[0])
	if code != 0 || !strings.Contains(out, "forgot "+stored[0]) || !strings.Contains(errOut, "changed since it was loaded") {
		t.Fatalf("forget the changed file: exit %d\n%s%s", code, out, errOut)
	}
	if c := subgraph(t, stored); c["Article"] != 0 || c["Mention"] != 0 {
		t.Errorf("after forget: %v", nonZeroCounts(c))
	}
	// Now nothing of it is left: not found, exit status says so.
	if _, errOut, code := cli(t, dir, "", "forget", files[0]); code != newsgraph.ExitCode(newsgraph.Errorf(newsgraph.ENOTFOUND, "")) {
		t.Errorf("forgetting again: exit %d, want not found (%s)", code, errOut)
	}
}

func nonZeroCounts(c map[string]int) map[string]int {
	out := map[string]int{}
	for k, v := range c {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}
