# dockgate's managed-plugin root filesystem, built the documented way (docs/install.md):
#
#   docker build -t dockgate-rootfs .
#   id=$(docker create dockgate-rootfs)
#   mkdir -p plugin/rootfs && docker export "$id" | tar -x -C plugin/rootfs && docker rm "$id"
#   cp config.json plugin/ && docker plugin create dockgate plugin
#
# Stage "build" has the dev dependencies (TypeScript) and compiles dist/; it then runs
# plugin/build.sh, the same script `npm run plugin:build` uses, which assembles a root
# filesystem holding only the node binary and the libraries it links, dist/, config/,
# the production node_modules, /run/docker/plugins, /tmp and /etc/dockgate. The final
# stage is that tree and nothing else (no shell, no npm, no package manager).
#
# NODE_IMAGE: any Debian-based Node.js 20 image with bash and ldd (the default is the
# official one); pin it by digest in CI.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json config.json ./
COPY src ./src
COPY config ./config
COPY plugin/build.sh ./plugin/build.sh
RUN npm run build && bash plugin/build.sh --out /plugin

FROM scratch
COPY --from=build /plugin/rootfs/ /
WORKDIR /opt/dockgate
# The plugin manifest (config.json) has the same entrypoint; this one makes `docker run`
# of the image usable for a quick look: docker run --rm dockgate-rootfs --version
# --max-semi-space-size=4: V8's young generation capped at 2 x 4 MB instead of growing to
# 2 x 16 MB, about 20 MB less RSS under load (docs/dev/performance.md); the same flag in every
# entry point (test/unit/cli/entrypoints.test.ts).
ENTRYPOINT ["/usr/local/bin/node", "--max-semi-space-size=4", "/opt/dockgate/dist/cli/index.js"]
CMD ["serve", "--socket", "/run/docker/plugins/dockgate.sock"]
