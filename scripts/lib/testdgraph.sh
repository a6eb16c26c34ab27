# Sourced by scripts/test and scripts/bench (bash, set -euo pipefail, run
# from the repository root): builds newsgraph into a scratch directory and
# defines start_test_dgraph, which starts one managed Dgraph for the run
# (building Dgraph from source on first use), exports the NEWSGRAPH_TEST_*
# variables internal/dgraphtest reads, and stops that Dgraph again however
# the script ends.
#
# Environment: NEWSGRAPH_TEST_PORT_OFFSET (default 700) selects the cluster's
# ports; NEWSGRAPH_HOME where the Dgraph binary is cached (default: the user
# cache dir, shared with newsgraph itself).

if ! command -v go >/dev/null 2>&1; then
	echo "$0: 'go' is not on PATH; install Go from https://go.dev/dl" >&2
	exit 1
fi

test_offset="${NEWSGRAPH_TEST_PORT_OFFSET:-700}"
test_work="$(mktemp -d)"
test_dgraph_started=0

# ng runs the freshly built newsgraph on the test cluster's ports, from the
# scratch directory so that no newsgraph.yaml of the checkout applies.
ng() { (cd "$test_work" && "$test_work/bin/newsgraph" --port-offset "$test_offset" "$@"); }

cleanup_test_dgraph() {
	local status=$?
	if [ "$test_dgraph_started" = 1 ]; then
		echo "== stopping the test Dgraph"
		ng dgraph stop || status=1
	fi
	rm -rf "$test_work"
	exit "$status"
}
trap cleanup_test_dgraph EXIT
trap 'exit 130' INT TERM

echo "== building newsgraph"
go build -o "$test_work/bin/newsgraph" ./cmd/newsgraph

start_test_dgraph() {
	echo "== Dgraph binary (built from source on first use)"
	local dgraph_bin
	dgraph_bin="$(ng dgraph build)"
	echo "$dgraph_bin"

	echo "== starting the test Dgraph (port offset $test_offset)"
	test_dgraph_started=1
	ng dgraph stop # a cluster left behind by a killed run
	ng dgraph start --fresh --cache-mb 512

	export NEWSGRAPH_TEST_ALPHA="localhost:$((9080 + test_offset))"
	export NEWSGRAPH_TEST_HTTP="localhost:$((8080 + test_offset))"
	export NEWSGRAPH_TEST_DGRAPH_BIN="$dgraph_bin"
	export NEWSGRAPH_TEST_PORT_OFFSET="$test_offset"
}
