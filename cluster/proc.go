package cluster

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph"
)

// parsePID reads a PID file's content: one positive decimal number,
// surrounding white space allowed.
func parsePID(data []byte) (int, error) {
	s := strings.TrimSpace(string(data))
	if s == "" {
		return 0, errors.New("empty PID file")
	}
	pid, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("PID file holds %q, not a number", truncate(s, 40))
	}
	if pid <= 0 {
		return 0, fmt.Errorf("PID file holds %d, not a process id", pid)
	}
	return pid, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// writePID writes a PID file atomically, so a reader never sees half of it.
func writePID(path string, pid int) error {
	tmp := fmt.Sprintf("%s.tmp-%d", path, os.Getpid())
	if err := os.WriteFile(tmp, []byte(strconv.Itoa(pid)+"\n"), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// readLivePID returns the PID recorded in path if that process is alive and
// is this cluster's dgraph <role>; otherwise 0 (no file, garbage, process
// gone, or the PID now belongs to another program).
func readLivePID(path, role, walDir string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, err := parsePID(data)
	if err != nil {
		return 0
	}
	if !isClusterProcess(pid, role, walDir) {
		return 0
	}
	return pid
}

// isClusterProcess reports whether pid is alive and runs "dgraph <role>"
// with this cluster's WAL directory. Checking the command line, not just
// the PID, catches PIDs reused by other programs after a crash or reboot.
func isClusterProcess(pid int, role, walDir string) bool {
	if pid <= 0 {
		return false
	}
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return false
	}
	args, err := commandLine(pid)
	if err != nil {
		return false
	}
	return matchesCommand(args, role, walDir)
}

// matchesCommand checks a process's arguments against what start runs.
func matchesCommand(args []string, role, walDir string) bool {
	if len(args) < 2 || args[1] != role {
		return false
	}
	if !strings.Contains(filepath.Base(args[0]), "dgraph") {
		return false
	}
	for _, a := range args[2:] {
		if a == "--wal="+walDir {
			return true
		}
	}
	return false
}

// commandLine returns the arguments of a running process. A zombie (exited,
// not yet reaped) has none, so it counts as gone.
func commandLine(pid int) ([]string, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err == nil {
		data = bytes.TrimRight(data, "\x00")
		if len(data) == 0 {
			return nil, errors.New("no command line (zombie)")
		}
		return strings.Split(string(data), "\x00"), nil
	}
	if _, statErr := os.Stat("/proc/self/cmdline"); statErr == nil {
		return nil, err // /proc exists: the process is gone
	}
	// No /proc (macOS, BSD): ask ps. Arguments with spaces are split
	// wrongly, but ours ("--wal=<dir>") only contain spaces when the home
	// does, and then the check fails safe (process treated as foreign).
	out, err := exec.Command("ps", "-o", "command=", "-p", strconv.Itoa(pid)).Output()
	if err != nil {
		return nil, err
	}
	f := strings.Fields(string(out))
	if len(f) == 0 {
		return nil, errors.New("process not found")
	}
	return f, nil
}

// spawn starts a detached process: its own process group (so it survives
// the CLI and does not get the terminal's signals), stdin from /dev/null,
// stdout and stderr appended to logPath.
func spawn(bin string, args []string, dir, logPath string) (*os.Process, error) {
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	defer logf.Close()
	fmt.Fprintf(logf, "\n=== %s newsgraph starts: %s %s\n",
		time.Now().UTC().Format(time.RFC3339), bin, strings.Join(args, " "))
	// Not CommandContext: the process must outlive the caller's context.
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Stdout = logf
	cmd.Stderr = logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	// Reap the child if it exits while this process lives, so it does not
	// linger as a zombie that still answers kill(pid, 0).
	go func() { _ = cmd.Wait() }()
	return cmd.Process, nil
}

// terminate stops one process: SIGTERM, wait up to grace, then SIGKILL and
// wait a little more. It returns an error only if the process survives.
func terminate(ctx context.Context, pid int, role, walDir string, grace time.Duration) error {
	if !isClusterProcess(pid, role, walDir) {
		return nil
	}
	// Once identified, wait for the PID itself to vanish: an exiting
	// process loses its command line before it closes its sockets.
	alive := func() bool { return !processGone(pid) }
	_ = syscall.Kill(pid, syscall.SIGTERM)
	if waitGone(ctx, alive, grace) {
		return nil
	}
	_ = syscall.Kill(pid, syscall.SIGKILL)
	if waitGone(ctx, alive, 10*time.Second) {
		return nil
	}
	return newsgraph.Errorf(newsgraph.EINTERNAL, "dgraph %s (pid %d) did not exit after SIGKILL", role, pid)
}

// processGone reports whether pid no longer exists or is a zombie (which
// has released its files and ports but not yet been reaped).
func processGone(pid int) bool {
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return true
	}
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false // no /proc: kill(pid, 0) is all we know
	}
	// The state follows the command name in parentheses, which may itself
	// contain parentheses: take the last ')'.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 || i+2 >= len(data) {
		return false
	}
	return data[i+2] == 'Z' || data[i+2] == 'X'
}

func waitGone(ctx context.Context, alive func() bool, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for alive() {
		if time.Now().After(deadline) || ctx.Err() != nil {
			return !alive()
		}
		time.Sleep(100 * time.Millisecond)
	}
	return true
}

// portFree reports an error naming the port when something already listens
// on it (or it cannot be bound for another reason). It retries for a moment
// first: the kernel closes a killed process's sockets shortly after the
// process is gone.
func portFree(port int, what string) error {
	var ln net.Listener
	var err error
	for deadline := time.Now().Add(2 * time.Second); ; {
		ln, err = net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		return newsgraph.Wrap(newsgraph.ECONFLICT, err,
			"port %d (%s) is already in use by another program; stop it or choose another --port-offset", port, what)
	}
	return ln.Close()
}

// logTail returns about the last n lines of a log file, for error messages.
func logTail(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	const maxBytes = 16 << 10
	if fi, err := f.Stat(); err == nil && fi.Size() > maxBytes {
		_, _ = f.Seek(fi.Size()-maxBytes, io.SeekStart)
	}
	data, _ := io.ReadAll(f)
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	for i, line := range lines {
		lines[i] = truncate(line, 300) // Dgraph logs whole configs on one line
	}
	return strings.Join(lines, "\n")
}
