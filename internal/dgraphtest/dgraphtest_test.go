package dgraphtest

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/cluster"
)

func TestMain(m *testing.M) { Main(m) }

// TestAlphaServes writes and reads back a node over the alpha's HTTP API:
// the shared Dgraph is really there and takes mutations.
func TestAlphaServes(t *testing.T) {
	client := &http.Client{Timeout: 30 * time.Second}
	xid := "dgraphtest-smoke-" + time.Now().UTC().Format("20060102T150405.000000000")
	mutation := `{"set":[{"dgraphtest.xid":"` + xid + `"}]}`
	resp, err := client.Post("http://"+HTTPAddr()+"/mutate?commitNow=true", "application/json", strings.NewReader(mutation))
	if err != nil {
		t.Fatalf("mutate: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || strings.Contains(string(body), `"errors"`) {
		t.Fatalf("mutate answered %s: %s", resp.Status, body)
	}

	query := `{"query":"query q($x: string) { all(func: has(dgraphtest.xid)) @filter(eq(dgraphtest.xid, $x)) { dgraphtest.xid } }","variables":{"$x":"` + xid + `"}}`
	resp, err = client.Post("http://"+HTTPAddr()+"/query", "application/json", strings.NewReader(query))
	if err != nil {
		t.Fatalf("query: %v", err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	var got struct {
		Data struct {
			All []map[string]string `json:"all"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatalf("query answer %s: %v", body, err)
	}
	if len(got.Data.All) != 1 || got.Data.All[0]["dgraphtest.xid"] != xid {
		t.Errorf("read back %s, want one node with xid %s", body, xid)
	}
}

func TestGRPCPortListens(t *testing.T) {
	conn, err := net.DialTimeout("tcp", AlphaAddr(), 5*time.Second)
	if err != nil {
		t.Fatalf("alpha gRPC %s: %v", AlphaAddr(), err)
	}
	conn.Close()
}

func TestBinaryRuns(t *testing.T) {
	bin := Binary()
	if bin == "" {
		t.Fatal("no dgraph binary")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("dgraph binary: %v", err)
	}
	out, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil {
		t.Fatalf("%s version: %v\n%s", bin, err, out)
	}
	if !strings.Contains(string(out), cluster.Version) {
		t.Errorf("%s reports another version than %s:\n%s", bin, cluster.Version, out)
	}
}

func TestAddressesMatchOffset(t *testing.T) {
	if os.Getenv(EnvAlpha) != "" {
		t.Skip("alpha given from outside; its address need not follow the offset")
	}
	if got, want := AlphaAddr(), cluster.AlphaAddr(PortOffset()); got != want {
		t.Errorf("AlphaAddr = %q, want %q", got, want)
	}
	if got, want := HTTPAddr(), cluster.HTTPAddr(PortOffset()); got != want {
		t.Errorf("HTTPAddr = %q, want %q", got, want)
	}
}

func TestFromEnv(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    environment
		wantErr bool
	}{
		{"nothing set", nil, environment{offset: DefaultPortOffset}, false},
		{"offset only", map[string]string{EnvPortOffset: "710"}, environment{offset: 710}, false},
		{"alpha without http", map[string]string{EnvAlpha: "localhost:9790", EnvPortOffset: "710"},
			environment{alpha: "localhost:9790", http: "localhost:8790", offset: 710}, false},
		{"everything", map[string]string{EnvAlpha: "h:1", EnvHTTP: "h:2", EnvBinary: "/b/dgraph", EnvPortOffset: "0"},
			environment{alpha: "h:1", http: "h:2", binary: "/b/dgraph", offset: 0}, false},
		{"bad offset", map[string]string{EnvPortOffset: "seven"}, environment{}, true},
		{"negative offset", map[string]string{EnvPortOffset: "-1"}, environment{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := fromEnv(func(k string) string { return tt.env[k] })
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err == nil && got != tt.want {
				t.Errorf("fromEnv = %+v, want %+v", got, tt.want)
			}
		})
	}
}
