export default defineBackground(() => {
  console.log('konteks background');
});
