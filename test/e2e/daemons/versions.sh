# The dockerd releases the real-daemon suites run on. Pinned to exact Debian package versions so
# that CI fails loudly (apt-get download: "Version ... was not found") when the archive moves on.
# To bump one: `bash test/e2e/daemons/install.sh --list` prints what trixie and sid offer now;
# change the version here, run the install and `npm run test:e2e`, then update the tested-versions
# table in README.md and docs/install.md.
#
# name | suite | docker.io | containerd | docker-cli | docker-buildx | docker-compose
# "system" is Debian 12's own docker.io from the machine's apt sources (.ci/run installs it).
DAEMONS=(
  "20.10|bookworm|system|system|system||"
  "26.1|trixie|26.1.5+dfsg1-9+deb13u1+b1|1.7.24~ds1-6+deb13u1|26.1.5+dfsg1-9+deb13u1+b1|0.13.1+ds1-3|2.26.1-4"
  "28.5|sid|28.5.2+dfsg4-5|2.1.9+ds1-5|28.5.2+dfsg4-5|0.29.1+ds1-4|2.40.3-3"
)

# The Docker registry the registry suites push plugins and images to (a loopback registry in a
# network namespace the test daemons share): Debian 12's docker-registry (distribution 2.8.2),
# downloaded and extracted by install.sh into $DOCKGATE_E2E_DIR/registry, never installed with
# apt-get (its postinst would start a system service on :5000).
REGISTRY="bookworm|2.8.2+ds1-1"
