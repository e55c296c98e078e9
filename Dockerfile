# The newsgraph service. It talks to the Neo4j named by NEO4J_URI (see
# docker-compose.yml), so the image needs Node only, not Java.
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
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
USER node
CMD ["node", "bin/newsgraph.mjs", "serve"]
