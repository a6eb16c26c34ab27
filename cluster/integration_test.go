package cluster

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/config"
)

// testBinary returns a dgraph binary for the integration tests: the one
// scripts/test exported, else the one cached in the default home (built if
// missing, which takes minutes the first time).
func testBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("starts a real Dgraph; skipped in -short mode")
	}
	if bin := os.Getenv("NEWSGRAPH_TEST_DGRAPH_BIN"); bin != "" {
		return bin
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	bin, err := EnsureBinary(ctx, Options{Home: config.DefaultHome()})
	if err != nil {
		t.Fatalf("no dgraph binary: %v", err)
	}
	return bin
}

// testOffset keeps this package's clusters apart from the shared test
// cluster (offset 700 by default) and from each other.
func testOffset(t *testing.T, delta int) int {
	base := 700
	if s := os.Getenv("NEWSGRAPH_TEST_PORT_OFFSET"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("NEWSGRAPH_TEST_PORT_OFFSET=%q: %v", s, err)
		}
		base = n
	}
	return base + delta
}

// newTestOptions gives each test its own cluster. The home is a fixed
// directory per port offset, not t.TempDir(): if an earlier run was killed
// before its cleanup, its cluster still holds the ports, and only through
// its PID files can this run find and stop it.
func newTestOptions(t *testing.T, delta int) Options {
	offset := testOffset(t, delta)
	opts := Options{
		Home:       filepath.Join(os.TempDir(), fmt.Sprintf("newsgraph-clustertest-%d", offset)),
		PortOffset: offset,
		CacheMB:    128,
		Binary:     testBinary(t),
	}
	reset := func() error {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := Stop(ctx, opts); err != nil {
			return err
		}
		return os.RemoveAll(opts.Home)
	}
	if err := reset(); err != nil {
		t.Fatalf("removing the cluster of an earlier run: %v", err)
	}
	t.Cleanup(func() {
		if err := reset(); err != nil {
			t.Errorf("cleanup: %v", err)
		}
	})
	return opts
}

// assertGone fails unless no process of the cluster remains: the given
// PIDs are gone (or belong to something else) and nothing on this machine
// runs with the cluster's directory on its command line.
func assertGone(t *testing.T, opts Options, pids ...int) {
	t.Helper()
	l := layoutFor(opts.Home, opts.PortOffset)
	for _, pid := range pids {
		if isClusterProcess(pid, "zero", l.zeroWAL) || isClusterProcess(pid, "alpha", l.alphaWAL) {
			t.Errorf("process %d still running", pid)
		}
	}
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return // no /proc: the PID check above has to do
	}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		args, err := commandLine(pid)
		if err == nil && strings.Contains(strings.Join(args, " "), l.dir+string(filepath.Separator)) {
			t.Errorf("process %d still runs with the cluster's directory: %q", pid, args)
		}
	}
}

func TestLifecycle(t *testing.T) {
	opts := newTestOptions(t, 20)
	ctx := t.Context()

	st, err := Inspect(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Running || st.Detail != "stopped" || st.ZeroPID != 0 || st.AlphaPID != 0 {
		t.Fatalf("before start: %+v, want stopped", st)
	}

	st, err = Start(ctx, opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	if !st.Running || st.ZeroPID == 0 || st.AlphaPID == 0 {
		t.Fatalf("after start: %+v, want running with PIDs", st)
	}
	if st.Version != Version {
		t.Errorf("alpha reports version %q, want %q", st.Version, Version)
	}
	if want := AlphaAddr(opts.PortOffset); st.AlphaAddr != want {
		t.Errorf("AlphaAddr = %q, want %q", st.AlphaAddr, want)
	}
	if err := alterNoop(ctx, st.HTTPAddr); err != nil {
		t.Errorf("alpha does not accept schema changes: %v", err)
	}
	first := st

	// A second start is a no-op.
	st, err = Start(ctx, opts)
	if err != nil {
		t.Fatalf("second Start: %v", err)
	}
	if st.ZeroPID != first.ZeroPID || st.AlphaPID != first.AlphaPID {
		t.Errorf("second Start changed PIDs: %d/%d -> %d/%d", first.ZeroPID, first.AlphaPID, st.ZeroPID, st.AlphaPID)
	}

	// Status tells the truth about a crashed alpha.
	if err := syscall.Kill(first.AlphaPID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, func() bool { return processGone(first.AlphaPID) })
	st, err = Inspect(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Running || st.ZeroPID != first.ZeroPID || st.AlphaPID != 0 {
		t.Errorf("after alpha crash: %+v, want not running, zero %d alive, no alpha", st, first.ZeroPID)
	}
	// Start restarts the missing alpha and keeps the zero.
	st, err = Start(ctx, opts)
	if err != nil {
		t.Fatalf("Start after crash: %v", err)
	}
	if !st.Running || st.ZeroPID != first.ZeroPID || st.AlphaPID == first.AlphaPID {
		t.Errorf("restart after crash: %+v", st)
	}

	if err := Stop(ctx, opts); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	st, err = Inspect(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Running || st.Detail != "stopped" {
		t.Errorf("after stop: %+v, want stopped", st)
	}
	assertGone(t, opts, first.ZeroPID, first.AlphaPID, st.AlphaPID)
	l := layoutFor(opts.Home, opts.PortOffset)
	for _, f := range []string{l.zeroPID, l.alphaPID} {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("PID file %s left after stop", f)
		}
	}
	// Stopping a stopped cluster is a no-op.
	if err := Stop(ctx, opts); err != nil {
		t.Errorf("second Stop: %v", err)
	}
}

func TestStartReplacesStalePIDFiles(t *testing.T) {
	opts := newTestOptions(t, 21)
	ctx := t.Context()
	l := layoutFor(opts.Home, opts.PortOffset)
	if err := l.mkdirs(); err != nil {
		t.Fatal(err)
	}
	// The alpha's PID now belongs to another program (this test), the
	// zero's file is garbage left by a crash.
	if err := os.WriteFile(l.alphaPID, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(l.zeroPID, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := Inspect(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Running || st.AlphaPID != 0 || st.ZeroPID != 0 {
		t.Fatalf("stale PID files taken for a running cluster: %+v", st)
	}
	st, err = Start(ctx, opts)
	if err != nil {
		t.Fatalf("Start over stale PID files: %v", err)
	}
	if !st.Running || st.AlphaPID == os.Getpid() {
		t.Fatalf("after start: %+v", st)
	}
	if err := Stop(ctx, opts); err != nil {
		t.Fatal(err)
	}
	// Stop must not have signalled this process: we are still here, and
	// the cluster's processes are gone.
	assertGone(t, opts, st.ZeroPID, st.AlphaPID)
}

func TestStartPortConflict(t *testing.T) {
	opts := newTestOptions(t, 22)
	ctx := t.Context()
	port := PortsFor(opts.PortOffset).AlphaGRPC
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatalf("cannot occupy port %d for the test: %v", port, err)
	}
	defer ln.Close()

	_, err = Start(ctx, opts)
	if err == nil {
		t.Fatal("Start succeeded on an occupied port")
	}
	if code := newsgraph.ErrorCode(err); code != newsgraph.ECONFLICT {
		t.Errorf("error code %q, want %q (%v)", code, newsgraph.ECONFLICT, err)
	}
	if !strings.Contains(err.Error(), strconv.Itoa(port)) {
		t.Errorf("error does not name port %d: %v", port, err)
	}
	st, err := Inspect(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.ZeroPID != 0 || st.AlphaPID != 0 {
		t.Errorf("a failed start left processes: %+v", st)
	}
	assertGone(t, opts)
}

func TestAcquireRelease(t *testing.T) {
	opts := newTestOptions(t, 23)
	ctx := t.Context()

	// A cluster Acquire starts is stopped by the last release.
	st, release, err := Acquire(ctx, opts)
	if err != nil {
		t.Fatalf("Acquire: %v", err)
	}
	if !st.Running {
		t.Fatalf("Acquire: %+v, want running", st)
	}
	if err := release(ctx); err != nil {
		t.Fatalf("release: %v", err)
	}
	if st2, _ := Inspect(ctx, opts); st2.Running || st2.ZeroPID != 0 || st2.AlphaPID != 0 {
		t.Errorf("after last release: %+v, want stopped", st2)
	}
	assertGone(t, opts, st.ZeroPID, st.AlphaPID)

	// A cluster the user started survives the release.
	if _, err := Start(ctx, opts); err != nil {
		t.Fatal(err)
	}
	_, release, err = Acquire(ctx, opts)
	if err != nil {
		t.Fatalf("Acquire on a running cluster: %v", err)
	}
	if err := release(ctx); err != nil {
		t.Fatal(err)
	}
	if st, _ := Inspect(ctx, opts); !st.Running {
		t.Errorf("release stopped a cluster the user started: %+v", st)
	}
}

func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 30s")
		}
		time.Sleep(100 * time.Millisecond)
	}
}
