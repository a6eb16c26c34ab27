package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// The serve durations follow the precedence of every key: flag >
// environment > config file > default; a plain number means seconds.
func TestServeDurations(t *testing.T) {
	tests := []struct {
		name        string
		file        string            // config file content, "" for none
		env         map[string]string // environment
		flags       []string          // command line
		timeout     time.Duration
		retryAfter  time.Duration
		errContains string
	}{
		{name: "defaults", timeout: 15 * time.Second, retryAfter: 5 * time.Second},
		{name: "file", file: "serve:\n  timeout: 30s\n  retry_after: 2\n", timeout: 30 * time.Second, retryAfter: 2 * time.Second},
		{name: "environment over file", file: "serve:\n  timeout: 30s\n",
			env: map[string]string{"NEWSGRAPH_SERVE_TIMEOUT": "1m", "NEWSGRAPH_SERVE_RETRY_AFTER": "10s"}, timeout: time.Minute, retryAfter: 10 * time.Second},
		{name: "flag over environment", env: map[string]string{"NEWSGRAPH_SERVE_TIMEOUT": "1m"},
			flags: []string{"--timeout", "2.5", "--retry-after", "3s"}, timeout: 2500 * time.Millisecond, retryAfter: 3 * time.Second},
		{name: "not a duration", env: map[string]string{"NEWSGRAPH_SERVE_TIMEOUT": "soon"}, errContains: `serve.timeout "soon" is not a duration`},
		{name: "zero", file: "serve:\n  timeout: 0\n", errContains: "serve.timeout 0s out of range"},
		{name: "negative", flags: []string{"--timeout", "-3s"}, errContains: "out of range"},
		{name: "retry after under a second", env: map[string]string{"NEWSGRAPH_SERVE_RETRY_AFTER": "500ms"}, errContains: "serve.retry_after 500ms out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			v := New()
			fs := pflag.NewFlagSet("serve", pflag.ContinueOnError)
			fs.String("timeout", "15s", "")
			fs.String("retry-after", "5s", "")
			if err := v.BindPFlag(KeyServeTimeout, fs.Lookup("timeout")); err != nil {
				t.Fatal(err)
			}
			if err := v.BindPFlag(KeyServeRetryAfter, fs.Lookup("retry-after")); err != nil {
				t.Fatal(err)
			}
			if err := fs.Parse(tt.flags); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), "newsgraph.yaml")
			content := tt.file
			if content == "" {
				content = "log:\n  level: info\n"
			}
			if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			c, err := Load(v, file)
			if tt.errContains != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errContains) {
					t.Fatalf("error %v, want one containing %q", err, tt.errContains)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.ServeTimeout != tt.timeout || c.ServeRetryAfter != tt.retryAfter {
				t.Errorf("timeout %s, retry after %s; want %s, %s", c.ServeTimeout, c.ServeRetryAfter, tt.timeout, tt.retryAfter)
			}
		})
	}
}
