// 衢籍大学生 database (issue 18 item 1, work item 13.2): students and graduates from the city with the
// native place read from the ID and the declared 户籍 (a mismatch flagged), consent to contact, the
// Excel import, 家乡行 activities and internships, and who returned to work in the city.
export * from './students.js';
export * from './activities.js';
export * from './students-import.js';
