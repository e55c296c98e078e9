# The newsgraph service. It talks to the Neo4j named by NEO4J_URI (see
# docker-compose.yml), so the image needs Node only, not Java.

# The explorer (explorer/) is built with Vite, a development dependency: in a stage of its own,
# so the image keeps production dependencies only.
FROM node:20-slim AS explorer
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY schema.graphql ./
COPY explorer ./explorer
RUN npm run build:explorer

FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY bin ./bin
COPY src ./src
COPY data ./data
COPY models ./models
COPY seeds ./seeds
COPY schema.graphql tsconfig.json ./
COPY --from=explorer /build/dist/explorer ./dist/explorer
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
USER node
CMD ["node", "bin/newsgraph.mjs", "serve"]
