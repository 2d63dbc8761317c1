// The Go allow-all reference plugin for the benchmark (bench/e2e.ts): what any AuthZ plugin
// written in Go costs the daemon, with nothing decided. net/http over a unix socket, as the
// plugins built on docker/go-plugins-helpers serve: Plugin.Activate, then AuthZReq and AuthZRes
// each decoded as the authorization package's Request (envelope and base64 body, as Go's
// encoding/json does) and answered {"Allow":true}. Standard library only: built by the bench
// with `go build` (no module download, no network). /bench.count says how many it answered.
//
//	go build -o PLUGIN bench/goplugin/main.go && PLUGIN SOCKET
package main

import (
	"encoding/json"
	"log"
	"net"
	"net/http"
	"os"
	"sync/atomic"
)

// request is the daemon's authorization.Request (moby pkg/authorization/api.go), the fields it sends.
type request struct {
	User                    string            `json:"User,omitempty"`
	UserAuthNMethod         string            `json:"UserAuthNMethod,omitempty"`
	RequestMethod           string            `json:"RequestMethod,omitempty"`
	RequestURI              string            `json:"RequestUri,omitempty"`
	RequestBody             []byte            `json:"RequestBody,omitempty"`
	RequestHeaders          map[string]string `json:"RequestHeaders,omitempty"`
	RequestPeerCertificates []json.RawMessage `json:"RequestPeerCertificates,omitempty"`
	ResponseBody            []byte            `json:"ResponseBody,omitempty"`
	ResponseHeaders         map[string]string `json:"ResponseHeaders,omitempty"`
	ResponseStatusCode      int               `json:"ResponseStatusCode,omitempty"`
}

type response struct {
	Allow bool   `json:"Allow"`
	Msg   string `json:"Msg,omitempty"`
	Err   string `json:"Err,omitempty"`
}

const contentType = "application/vnd.docker.plugins.v1.2+json"

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: goplugin SOCKET")
	}
	socket := os.Args[1]
	_ = os.Remove(socket)
	var decided, connections atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/Plugin.Activate", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", contentType)
		_, _ = w.Write([]byte(`{"Implements":["authz"]}`))
	})
	authz := func(w http.ResponseWriter, r *http.Request) {
		var req request
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			w.Header().Set("Content-Type", contentType)
			_ = json.NewEncoder(w).Encode(response{Allow: false, Err: err.Error()})
			return
		}
		decided.Add(1)
		w.Header().Set("Content-Type", contentType)
		_ = json.NewEncoder(w).Encode(response{Allow: true})
	}
	mux.HandleFunc("/AuthZPlugin.AuthZReq", authz)
	mux.HandleFunc("/AuthZPlugin.AuthZRes", authz)
	mux.HandleFunc("/bench.count", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]int64{"decided": decided.Load(), "connections": connections.Load()})
	})
	l, err := net.Listen("unix", socket)
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{Handler: mux, ConnState: func(_ net.Conn, state http.ConnState) {
		if state == http.StateNew {
			connections.Add(1)
		}
	}}
	log.Fatal(srv.Serve(l))
}
