import { writeReviews } from './generate-reviews.mjs';
writeReviews(process.argv[2], { n: Number(process.argv[3]) });
