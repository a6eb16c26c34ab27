package cluster

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestPortsFor(t *testing.T) {
	tests := []struct {
		offset int
		want   Ports
		alpha  string
		http   string
	}{
		{0, Ports{5080, 6080, 7080, 8080, 9080}, "localhost:9080", "localhost:8080"},
		{150, Ports{5230, 6230, 7230, 8230, 9230}, "localhost:9230", "localhost:8230"},
		{700, Ports{5780, 6780, 7780, 8780, 9780}, "localhost:9780", "localhost:8780"},
	}
	for _, tt := range tests {
		if got := PortsFor(tt.offset); got != tt.want {
			t.Errorf("PortsFor(%d) = %+v, want %+v", tt.offset, got, tt.want)
		}
		if got := AlphaAddr(tt.offset); got != tt.alpha {
			t.Errorf("AlphaAddr(%d) = %q, want %q", tt.offset, got, tt.alpha)
		}
		if got := HTTPAddr(tt.offset); got != tt.http {
			t.Errorf("HTTPAddr(%d) = %q, want %q", tt.offset, got, tt.http)
		}
	}
}

func TestOptionsValidation(t *testing.T) {
	tests := []struct {
		name    string
		opts    Options
		wantErr bool
	}{
		{"ok", Options{Home: "/x", PortOffset: 0}, false},
		{"highest offset", Options{Home: "/x", PortOffset: maxOffset}, false},
		{"no home", Options{}, true},
		{"negative offset", Options{Home: "/x", PortOffset: -1}, true},
		{"port beyond 65535", Options{Home: "/x", PortOffset: maxOffset + 1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.opts.withDefaults()
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				if code := newsgraph.ErrorCode(err); code != newsgraph.EINVALID {
					t.Errorf("code = %q, want %q", code, newsgraph.EINVALID)
				}
				return
			}
			if got.CacheMB <= 0 || got.Logger == nil || got.StartTimeout <= 0 || got.StopTimeout <= 0 {
				t.Errorf("defaults not filled in: %+v", got)
			}
		})
	}
}

func TestRelativeHomeBecomesAbsolute(t *testing.T) {
	got, err := Options{Home: "rel/home"}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(got.Home) {
		t.Errorf("Home = %q, want absolute", got.Home)
	}
}

func TestParsePID(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"1234\n", 1234, false},
		{"  42  ", 42, false},
		{"", 0, true},
		{"\n", 0, true},
		{"0", 0, true},
		{"-5", 0, true},
		{"12a", 0, true},
		{"\x00\x01binary", 0, true},
		{"99999999999999999999999", 0, true},
	}
	for _, tt := range tests {
		got, err := parsePID([]byte(tt.in))
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("parsePID(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestWritePIDRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.pid")
	if err := writePID(path, 4321); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if pid, err := parsePID(data); err != nil || pid != 4321 {
		t.Errorf("read back %d, %v", pid, err)
	}
}

func TestArgs(t *testing.T) {
	l := layoutFor("/home/u/.cache/newsgraph", 150)
	zero := zeroArgs(l, 150)
	alpha := alphaArgs(l, 150, 256)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"zero", zero, []string{
			"zero", "--my=localhost:5230", "--port_offset=150",
			"--wal=/home/u/.cache/newsgraph/dgraph-150/zero/zw",
			"--bindall=false", "--telemetry=reports=false; sentry=false;",
		}},
		{"alpha", alpha, []string{
			"alpha", "--my=localhost:7230", "--port_offset=150", "--zero=localhost:5230",
			"--postings=/home/u/.cache/newsgraph/dgraph-150/alpha/p",
			"--wal=/home/u/.cache/newsgraph/dgraph-150/alpha/w",
			"--cache=size-mb=256", "--security=whitelist=127.0.0.1",
			"--bindall=false", "--telemetry=reports=false; sentry=false;",
		}},
	}
	for _, tt := range tests {
		if tt.args[0] != tt.want[0] {
			t.Errorf("%s: first argument %q, want %q", tt.name, tt.args[0], tt.want[0])
		}
		for _, w := range tt.want {
			if !slices.Contains(tt.args, w) {
				t.Errorf("%s args %q lack %q", tt.name, tt.args, w)
			}
		}
	}
	// The identity check must recognise exactly what start runs.
	if !matchesCommand(append([]string{"/bin/dgraph-v24.0.5"}, zero...), "zero", l.zeroWAL) {
		t.Error("zero command line not recognised as this cluster's zero")
	}
	if !matchesCommand(append([]string{"/bin/dgraph-v24.0.5"}, alpha...), "alpha", l.alphaWAL) {
		t.Error("alpha command line not recognised as this cluster's alpha")
	}
}

func TestMatchesCommand(t *testing.T) {
	wal := "/h/dgraph-0/alpha/w"
	tests := []struct {
		name string
		args []string
		want bool
	}{
		{"ours", []string{"/h/bin/dgraph-v24.0.5", "alpha", "--my=x", "--wal=" + wal}, true},
		{"other role", []string{"/h/bin/dgraph-v24.0.5", "zero", "--wal=" + wal}, false},
		{"other cluster", []string{"/h/bin/dgraph-v24.0.5", "alpha", "--wal=/h/dgraph-100/alpha/w"}, false},
		{"wal as prefix only", []string{"/h/bin/dgraph-v24.0.5", "alpha", "--wal=" + wal + "x"}, false},
		{"not dgraph", []string{"/usr/bin/sleep", "alpha", "--wal=" + wal}, false},
		{"too short", []string{"/h/bin/dgraph"}, false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		if got := matchesCommand(tt.args, "alpha", wal); got != tt.want {
			t.Errorf("%s: matchesCommand = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestIsClusterProcessRejectsForeignAndDeadPIDs(t *testing.T) {
	l := layoutFor(t.TempDir(), 0)
	// This test binary is alive but is not dgraph: a reused PID.
	if isClusterProcess(os.Getpid(), "alpha", l.alphaWAL) {
		t.Error("own process taken for a dgraph alpha")
	}
	if isClusterProcess(0, "alpha", l.alphaWAL) || isClusterProcess(-1, "alpha", l.alphaWAL) {
		t.Error("non-positive PID taken for a process")
	}
}

func TestReadLivePIDStaleFiles(t *testing.T) {
	dir := t.TempDir()
	l := layoutFor(dir, 0)
	tests := []struct{ name, content string }{
		{"garbage", "not a pid"},
		{"foreign live process", strconv.Itoa(os.Getpid())},
		{"empty", ""},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, "alpha.pid")
		if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		if pid := readLivePID(path, "alpha", l.alphaWAL); pid != 0 {
			t.Errorf("%s: readLivePID = %d, want 0", tt.name, pid)
		}
	}
	if pid := readLivePID(filepath.Join(dir, "missing.pid"), "alpha", l.alphaWAL); pid != 0 {
		t.Errorf("missing file: readLivePID = %d, want 0", pid)
	}
}

func TestPortsToCheck(t *testing.T) {
	p := PortsFor(10)
	ports := func(nps []namedPort) []int {
		var out []int
		for _, np := range nps {
			out = append(out, np.port)
		}
		return out
	}
	tests := []struct {
		zero, alpha bool
		want        []int
	}{
		{true, true, []int{5090, 6090, 7090, 8090, 9090}},
		{false, true, []int{7090, 8090, 9090}},
		{true, false, []int{5090, 6090}},
		{false, false, nil},
	}
	for _, tt := range tests {
		if got := ports(portsToCheck(p, tt.zero, tt.alpha)); !slices.Equal(got, tt.want) {
			t.Errorf("portsToCheck(zero=%v, alpha=%v) = %v, want %v", tt.zero, tt.alpha, got, tt.want)
		}
	}
}

func TestLogTail(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.log")
	var b strings.Builder
	for i := 1; i <= 100; i++ {
		b.WriteString("line " + strconv.Itoa(i) + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, want := logTail(path, 3), "line 98\nline 99\nline 100"; got != want {
		t.Errorf("logTail = %q, want %q", got, want)
	}
	long := strings.Repeat("x", 1000)
	if err := os.WriteFile(path, []byte("a\n"+long+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := logTail(path, 3); len(got) > 320 || !strings.HasPrefix(got, "a\nxxx") {
		t.Errorf("logTail with a long line = %d bytes, want it cut to about 300", len(got))
	}
	if got := logTail(filepath.Join(t.TempDir(), "missing"), 3); got != "" {
		t.Errorf("logTail of a missing file = %q, want empty", got)
	}
}

func TestWritePin(t *testing.T) {
	dir := t.TempDir()
	if err := writePin(dir); err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(mod), "require github.com/dgraph-io/dgraph/v24 "+Version) {
		t.Errorf("go.mod does not pin dgraph %s:\n%.300s", Version, mod)
	}
	sum, err := os.ReadFile(filepath.Join(dir, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(sum), "github.com/dgraph-io/dgraph/v24 "+Version+" h1:") {
		t.Error("go.sum lacks the dgraph module hash")
	}
}

func TestPruneLeases(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{strconv.Itoa(os.Getpid()), "999999999", "junk"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if live := pruneLeases(dir); live != 1 {
		t.Errorf("pruneLeases = %d, want 1 (this process)", live)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != strconv.Itoa(os.Getpid()) {
		t.Errorf("leases left: %v", entries)
	}
}

func TestMissingBinaryOption(t *testing.T) {
	_, err := EnsureBinary(t.Context(), Options{Home: t.TempDir(), Binary: "/nonexistent/dgraph"})
	if newsgraph.ErrorCode(err) != newsgraph.EUNAVAILABLE {
		t.Errorf("err = %v, want EUNAVAILABLE", err)
	}
}

func TestProcessGone(t *testing.T) {
	if processGone(os.Getpid()) {
		t.Error("own process reported gone")
	}
	if !processGone(999999999) {
		t.Error("impossible PID reported alive")
	}
}
