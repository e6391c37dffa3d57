import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // A Node server: `node build` (HOST and PORT from the environment).
    adapter: adapter(),
  },
};

export default config;
