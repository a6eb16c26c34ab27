package cluster

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Start starts the cluster's zero and alpha unless they are running, and
// returns once the alpha is healthy and accepts schema changes. Starting a
// running cluster is a no-op. The dgraph binary is built first if it is not
// cached. Stale PID files (process gone, or PID reused by another program)
// are replaced. A port held by another program is an ECONFLICT error naming
// the port. If the start fails, processes it started are stopped again.
func Start(ctx context.Context, opts Options) (Status, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return Status{}, err
	}
	l := layoutFor(opts.Home, opts.PortOffset)
	if err := l.mkdirs(); err != nil {
		return Status{}, err
	}
	unlock, err := lockFile(ctx, l.lock, opts.Logger, "the cluster in "+l.dir)
	if err != nil {
		return Status{}, err
	}
	defer unlock()
	// A cluster the user starts is theirs: Acquire's last release must not
	// stop it, even if a test harness started it first.
	_ = os.Remove(l.acquired)
	return start(ctx, opts, l)
}

func start(ctx context.Context, opts Options, l layout) (st Status, err error) {
	log := opts.Logger.With("dir", l.dir)
	ports := PortsFor(opts.PortOffset)
	zeroPID := readLivePID(l.zeroPID, "zero", l.zeroWAL)
	alphaPID := readLivePID(l.alphaPID, "alpha", l.alphaWAL)
	if zeroPID != 0 && alphaPID != 0 {
		log.Debug("dgraph already running", "zero", zeroPID, "alpha", alphaPID)
	}

	var bin string
	if zeroPID == 0 || alphaPID == 0 {
		if bin, err = EnsureBinary(ctx, opts); err != nil {
			return Status{}, err
		}
	}
	if zeroPID == 0 && alphaPID == 0 && opts.Fresh {
		log.Info("removing old Dgraph data (fresh start)")
		for _, d := range []string{l.zeroDir, l.alphaDir} {
			if err := os.RemoveAll(d); err != nil {
				return Status{}, newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "removing %s", d)
			}
		}
		if err := l.mkdirs(); err != nil {
			return Status{}, err
		}
	}

	// Check every port first, so a conflict starts nothing.
	for _, p := range portsToCheck(ports, zeroPID == 0, alphaPID == 0) {
		if err := portFree(p.port, p.what); err != nil {
			return Status{}, err
		}
	}

	// Undo a half-done start, so a failure leaves no stray process.
	var started []func()
	defer func() {
		if err != nil {
			for i := len(started) - 1; i >= 0; i-- {
				started[i]()
			}
		}
	}()
	deadline := time.Now().Add(opts.StartTimeout)

	if zeroPID == 0 {
		_ = os.Remove(l.zeroPID) // stale, if present
		proc, err := spawn(bin, zeroArgs(l, opts.PortOffset), l.zeroDir, l.zeroLog)
		if err != nil {
			return Status{}, newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "starting dgraph zero")
		}
		zeroPID = proc.Pid
		started = append(started, func() { stopProcess(l.zeroPID, zeroPID, "zero", l.zeroWAL, opts.StopTimeout) })
		if err := writePID(l.zeroPID, zeroPID); err != nil {
			return Status{}, newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "writing %s", l.zeroPID)
		}
		log.Info("started dgraph zero", "pid", zeroPID, "grpc", ports.ZeroGRPC)
	}
	// The process's identity is known (just spawned, or checked above):
	// from here on only whether the PID still exists matters. Re-reading
	// its command line on every poll would add a way to misjudge it.
	zeroAlive := func() bool { return !processGone(zeroPID) }
	if err := waitFor(ctx, deadline, "zero", l.zeroLog, zeroAlive, func(ctx context.Context) error {
		return zeroHealth(ctx, hostPort(ports.ZeroHTTP))
	}); err != nil {
		return Status{}, err
	}

	if alphaPID == 0 {
		_ = os.Remove(l.alphaPID)
		proc, err := spawn(bin, alphaArgs(l, opts.PortOffset, opts.CacheMB), l.alphaDir, l.alphaLog)
		if err != nil {
			return Status{}, newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "starting dgraph alpha")
		}
		alphaPID = proc.Pid
		started = append(started, func() { stopProcess(l.alphaPID, alphaPID, "alpha", l.alphaWAL, opts.StopTimeout) })
		if err := writePID(l.alphaPID, alphaPID); err != nil {
			return Status{}, newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "writing %s", l.alphaPID)
		}
		log.Info("started dgraph alpha", "pid", alphaPID, "grpc", ports.AlphaGRPC, "http", ports.AlphaHTTP)
	}
	alphaAlive := func() bool { return !processGone(alphaPID) }
	httpAddr := hostPort(ports.AlphaHTTP)
	if err := waitFor(ctx, deadline, "alpha", l.alphaLog, alphaAlive, func(ctx context.Context) error {
		if _, err := alphaHealth(ctx, httpAddr); err != nil {
			return err
		}
		return alterNoop(ctx, httpAddr)
	}); err != nil {
		return Status{}, err
	}

	st = probe(ctx, opts, l)
	if !st.Running {
		return st, newsgraph.Errorf(newsgraph.EUNAVAILABLE, "dgraph started but is not running: %s", st.Detail)
	}
	return st, nil
}

type namedPort struct {
	port int
	what string
}

// portsToCheck lists the ports the processes about to start will bind.
func portsToCheck(p Ports, zero, alpha bool) []namedPort {
	var out []namedPort
	if zero {
		out = append(out, namedPort{p.ZeroGRPC, "Dgraph zero gRPC"}, namedPort{p.ZeroHTTP, "Dgraph zero HTTP"})
	}
	if alpha {
		out = append(out, namedPort{p.AlphaInternal, "Dgraph alpha internal"},
			namedPort{p.AlphaHTTP, "Dgraph alpha HTTP"}, namedPort{p.AlphaGRPC, "Dgraph alpha gRPC"})
	}
	return out
}

// waitFor polls ready until it succeeds, the process dies, or the deadline
// passes; failures carry the tail of the process's log.
func waitFor(ctx context.Context, deadline time.Time, role, logPath string, alive func() bool, ready func(context.Context) error) error {
	var last error
	for {
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		last = ready(pctx)
		cancel()
		if last == nil {
			return nil
		}
		if !alive() {
			return newsgraph.Errorf(newsgraph.EUNAVAILABLE, "dgraph %s exited during start-up; last lines of %s:\n%s",
				role, logPath, logTail(logPath, 15))
		}
		if ctx.Err() != nil {
			return newsgraph.Wrap(newsgraph.EUNAVAILABLE, ctx.Err(), "waiting for dgraph %s", role)
		}
		if time.Now().After(deadline) {
			return newsgraph.Errorf(newsgraph.EUNAVAILABLE, "dgraph %s not ready in time (%v); last lines of %s:\n%s",
				role, last, logPath, logTail(logPath, 15))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// Stop stops the cluster gracefully, alpha first, then zero: SIGTERM, and
// SIGKILL if a process has not exited after Options.StopTimeout. Stopping a
// stopped cluster is a no-op. PID files are removed.
func Stop(ctx context.Context, opts Options) error {
	opts, err := opts.withDefaults()
	if err != nil {
		return err
	}
	l := layoutFor(opts.Home, opts.PortOffset)
	if _, err := os.Stat(l.dir); errors.Is(err, os.ErrNotExist) {
		return nil // never started
	}
	unlock, err := lockFile(ctx, l.lock, opts.Logger, "the cluster in "+l.dir)
	if err != nil {
		return err
	}
	defer unlock()
	return stop(ctx, opts, l)
}

func stop(ctx context.Context, opts Options, l layout) error {
	_ = os.Remove(l.acquired) // a stopped cluster belongs to nobody
	for _, p := range []struct{ pidFile, role, wal string }{
		{l.alphaPID, "alpha", l.alphaWAL},
		{l.zeroPID, "zero", l.zeroWAL},
	} {
		pid := readLivePID(p.pidFile, p.role, p.wal)
		if pid == 0 {
			_ = os.Remove(p.pidFile)
			continue
		}
		opts.Logger.Info("stopping dgraph "+p.role, "pid", pid)
		if err := terminate(ctx, pid, p.role, p.wal, opts.StopTimeout); err != nil {
			return err
		}
		_ = os.Remove(p.pidFile)
	}
	return nil
}

// stopProcess stops one process this package started and removes its PID
// file; used to undo a failed start.
func stopProcess(pidFile string, pid int, role, wal string, grace time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), grace+15*time.Second)
	defer cancel()
	_ = terminate(ctx, pid, role, wal, grace)
	_ = os.Remove(pidFile)
}

// Acquire is Start for test harnesses that may run in several processes at
// once (go test runs packages in parallel): it starts the cluster unless it
// is running and registers the calling process as a user. The returned
// release function unregisters it; the last user to leave stops the cluster,
// but only if Acquire started it (a cluster the user started stays up).
// Users that died without releasing are ignored.
func Acquire(ctx context.Context, opts Options) (Status, func(context.Context) error, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return Status{}, nil, err
	}
	l := layoutFor(opts.Home, opts.PortOffset)
	if err := l.mkdirs(); err != nil {
		return Status{}, nil, err
	}
	unlock, err := lockFile(ctx, l.lock, opts.Logger, "the cluster in "+l.dir)
	if err != nil {
		return Status{}, nil, err
	}
	defer unlock()

	running := readLivePID(l.zeroPID, "zero", l.zeroWAL) != 0 && readLivePID(l.alphaPID, "alpha", l.alphaWAL) != 0
	st, err := start(ctx, opts, l)
	if err != nil {
		return Status{}, nil, err
	}
	if !running {
		if err := os.WriteFile(l.acquired, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644); err != nil {
			return Status{}, nil, newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "writing %s", l.acquired)
		}
	}
	lease := filepath.Join(l.leases, strconv.Itoa(os.Getpid()))
	if err := os.WriteFile(lease, nil, 0o644); err != nil {
		return Status{}, nil, newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "writing %s", lease)
	}
	release := func(ctx context.Context) error {
		unlock, err := lockFile(ctx, l.lock, opts.Logger, "the cluster in "+l.dir)
		if err != nil {
			return err
		}
		defer unlock()
		_ = os.Remove(lease)
		if pruneLeases(l.leases) > 0 {
			return nil
		}
		if _, err := os.Stat(l.acquired); err != nil {
			return nil // started by someone else: leave it running
		}
		return stop(ctx, opts, l)
	}
	return st, release, nil
}

// pruneLeases removes leases of processes that no longer exist and returns
// how many live ones remain.
func pruneLeases(dir string) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	live := 0
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err == nil && pid > 0 && processExists(pid) {
			live++
			continue
		}
		_ = os.Remove(filepath.Join(dir, e.Name()))
	}
	return live
}

func processExists(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// String is a one-line summary, e.g. for logs.
func (s Status) String() string {
	if !s.Running {
		return fmt.Sprintf("dgraph %s: %s (dir %s)", s.Version, s.Detail, s.Dir)
	}
	return fmt.Sprintf("dgraph %s running: alpha gRPC %s, HTTP %s (zero pid %d, alpha pid %d, dir %s)",
		s.Version, s.AlphaAddr, s.HTTPAddr, s.ZeroPID, s.AlphaPID, s.Dir)
}
